src <- c(
  LakeHuron = "R datasets::LakeHuron; Brockwell & Davis (1991) Time Series and Forecasting Methods, Series A p.555",
  Nile = "R datasets::Nile; Durbin & Koopman (2001) Time Series Analysis by State Space Methods",
  airmiles = "R datasets::airmiles; F.A.A. Statistical Handbook of Aviation",
  discoveries = "R datasets::discoveries; The World Almanac and Book of Facts 1975 pp.315-318",
  lynx = "R datasets::lynx; Brockwell & Davis (1991) Series G p.557",
  nhtemp = "R datasets::nhtemp; Vaux & Brinker (1972) Cycles 1972 pp.117-121",
  sunspot.year = "R datasets::sunspot.year; Tong (1996) Non-Linear Time Series p.471",
  treering = "R datasets::treering 1880-1979; Time Series Data Library series CA535.DAT",
  longley = "R datasets::longley; Longley (1967) JASA 62 819-841")
out <- data.frame()
add <- function(name, x, years, s) out <<- rbind(out, data.frame(series = name, year = years, value = as.numeric(x), source = s))
for (nm in c("LakeHuron", "Nile", "airmiles", "discoveries", "lynx", "nhtemp", "sunspot.year")) { x <- get(nm); add(nm, x, as.integer(round(time(x))), src[[nm]]) }
x <- window(treering, start = 1880); add("treering", x, as.integer(round(time(x))), src[["treering"]])
for (col in setdiff(names(longley), "Year")) add(paste0("longley.", col), longley[[col]], longley$Year, src[["longley"]])
write.csv(out, "r-datasets-annual.csv", row.names = FALSE, quote = TRUE)
cat(nrow(out), "rows\n")
