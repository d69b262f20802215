suppressMessages(library(forecast))
cat("forecast", as.character(packageVersion("forecast")), "\n")
pm25 <- ts(c(73, 62, 61, 58.82, 52, 45, 47.7, 45.3), start = 2016)
pm10 <- ts(c(128, 106, 103, 96, 83, 77, 79, 73.8), start = 2016)
methods <- list(
  naive = function(x, h) naive(x, h = h, level = 80),
  drift = function(x, h) rwf(x, drift = TRUE, h = h, level = 80),
  damped = function(x, h) holt(x, damped = TRUE, h = h, level = 80),
  theta = function(x, h) thetaf(x, h = h, level = 80),
  ets = function(x, h) forecast(ets(x), h = h, level = 80),
  linear = function(x, h) forecast(tslm(x ~ trend), h = h, level = 80))
for (nm in names(methods)) for (s in c("pm25", "pm10")) {
  y <- get(s); n <- length(y); ae <- c(); cov <- c()
  for (k in 4:(n - 1)) {
    tr <- ts(y[1:k], start = 2016); h <- min(4, n - k)
    f <- tryCatch(methods[[nm]](tr, h), error = function(e) NULL)
    if (is.null(f)) next
    act <- y[(k + 1):(k + h)]
    ae <- c(ae, abs(act - f$mean)); cov <- c(cov, act >= as.numeric(as.matrix(f$lower)[, 1]) & act <= as.numeric(as.matrix(f$upper)[, 1]))
  }
  cat(sprintf("%-7s %s  n=%d MAE %.2f  cov80 %.2f\n", nm, s, length(ae), mean(ae), mean(cov)))
}
