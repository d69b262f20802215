# Exports the real annual series of the calibration corpus (issue 11) to series.csv (one row per series, with its
# provenance) and values.csv (series, year, value). Run from this folder with Debian's r-base-core, r-cran-dslabs,
# r-cran-plm and r-cran-urca installed:  Rscript export-corpus.R /path/to/shared/reference/observed.csv
# R's base `datasets` series are deliberately left out (the annual ones are the older 1,200-forecast corpus beside this
# folder; the monthly and quarterly ones are reserved for an independent check).
args <- commandArgs(trailingOnly = TRUE)
observed_path <- if (length(args) > 0) args[[1]] else "../../../../../../shared/reference/observed.csv"
suppressPackageStartupMessages({ library(dslabs); library(plm); library(urca) })
series <- list(); values <- list()
add <- function(id, group, package, dataset, variable, unit, lower, upper, source, years, x) {
  id <- gsub(",", "", id); group <- gsub(",", "", group)
  ok <- is.finite(x) & is.finite(years)
  if (sum(ok) < 8) return(invisible())
  series[[length(series) + 1]] <<- data.frame(series = id, group = group, package = package, dataset = dataset,
    variable = variable, unit = unit, lower = lower, upper = upper, source = source)
  values[[length(values) + 1]] <<- data.frame(series = id, year = as.integer(years[ok]), value = signif(as.numeric(x[ok]), 7))
}
ver <- function(p) paste0(p, " ", as.character(packageVersion(p)))

# dslabs::gapminder, 1960-2016, 185 countries (Gapminder Foundation, from UN / World Bank figures)
g <- dslabs::gapminder
src <- paste0("R ", ver("dslabs"), " gapminder; Gapminder Foundation (gapminder.org) compilation of UN Population Division and World Bank data")
for (v in c("life_expectancy", "fertility", "infant_mortality", "population")) {
  unit <- c(life_expectancy = "years", fertility = "children per woman", infant_mortality = "deaths per 1000 births", population = "persons")[[v]]
  upper <- if (v == "infant_mortality") 1000 else NA
  for (cty in levels(g$country)) {
    d <- g[g$country == cty, ]; d <- d[order(d$year), ]
    add(paste0("gapminder/", v, "/", cty), paste0("gapminder/", cty), "dslabs", "gapminder", v, unit, 0, upper, src, d$year, d[[v]])
  }
}
# dslabs::temp_carbon: NOAA global temperature anomalies and CDIAC fossil-fuel carbon emissions
tc <- dslabs::temp_carbon
src <- paste0("R ", ver("dslabs"), " temp_carbon; NOAA (anomalies, degrees C vs 20th-century mean) and CDIAC / Boden et al. (emissions, Mt C)")
for (v in c("temp_anomaly", "land_anomaly", "ocean_anomaly", "carbon_emissions")) {
  add(paste0("temp_carbon/", v), "temp_carbon", "dslabs", "temp_carbon", v, if (v == "carbon_emissions") "Mt C" else "degrees C",
      if (v == "carbon_emissions") 0 else NA, NA, src, tc$year, tc[[v]])
}
# dslabs::us_contagious_diseases: annual reported cases by US state (Tycho project)
u <- dslabs::us_contagious_diseases
src <- paste0("R ", ver("dslabs"), " us_contagious_diseases; Project Tycho (tycho.pitt.edu), US state weekly reports summed by year")
for (dis in levels(u$disease)) for (st in levels(u$state)) {
  d <- u[u$disease == dis & u$state == st & u$weeks_reporting > 0, ]; d <- d[order(d$year), ]
  add(paste0("us_contagious_diseases/", dis, "/", st), paste0("us_contagious_diseases/", st), "dslabs", "us_contagious_diseases", dis, "cases", 0, NA, src, d$year, d$count)
}
# plm::Produc, Grunfeld, Cigar: US state and firm panels
data("Produc", package = "plm"); pr <- Produc
src <- paste0("R ", ver("plm"), " Produc; Munnell (1990) New England Economic Review; Baltagi (2001) Econometric Analysis of Panel Data")
for (v in c("gsp", "pcap", "pc", "emp", "unemp")) for (st in unique(as.character(pr$state))) {
  d <- pr[pr$state == st, ]; d <- d[order(d$year), ]
  add(paste0("Produc/", v, "/", st), paste0("Produc/", st), "plm", "Produc", v, c(gsp = "USD million 1977", pcap = "USD million 1977", pc = "USD million 1977", emp = "thousand jobs", unemp = "%")[[v]],
      0, if (v == "unemp") 100 else NA, src, d$year, d[[v]])
}
data("Grunfeld", package = "plm"); gr <- Grunfeld
src <- paste0("R ", ver("plm"), " Grunfeld; Grunfeld (1958), Kleiber & Zeileis (2010) corrected version, USD million 1947")
for (v in c("inv", "value", "capital")) for (f in unique(gr$firm)) {
  d <- gr[gr$firm == f, ]; d <- d[order(d$year), ]
  add(paste0("Grunfeld/", v, "/firm", f), paste0("Grunfeld/firm", f), "plm", "Grunfeld", v, "USD million 1947", 0, NA, src, d$year, d[[v]])
}
data("Cigar", package = "plm"); cg <- Cigar
src <- paste0("R ", ver("plm"), " Cigar; Baltagi & Levin (1992), Baltagi, Griffin & Xiong (2000); US states 1963-1992")
for (v in c("price", "pop", "ndi", "sales")) for (st in unique(cg$state)) {
  d <- cg[cg$state == st, ]; d <- d[order(d$year), ]
  add(paste0("Cigar/", v, "/state", st), paste0("Cigar/state", st), "plm", "Cigar", v, c(price = "cents per pack", pop = "thousand persons", ndi = "USD per capita", sales = "packs per capita")[[v]],
      0, NA, src, 1900 + d$year, d[[v]])
}
# urca::npext: Nelson & Plosser (1982) US annual macro series, extended by Schotman & van Dijk (1991); logs as published
data(npext, package = "urca")
src <- paste0("R ", ver("urca"), " npext; Nelson & Plosser (1982) J. Monetary Economics 10, extended by Schotman & van Dijk (1991)")
for (v in setdiff(names(npext), "year")) {
  add(paste0("npext/", v), "npext", "urca", "npext", v, if (v %in% c("interest", "unemploy")) "% (log for unemploy)" else "log", NA, NA, src, npext$year, npext[[v]])
}
# The published Chinese series in the project's shared reference (observed.csv): every series with >= 5 distinct years
ob <- read.csv(observed_path, encoding = "UTF-8", stringsAsFactors = FALSE)
pct <- c("forest_coverage", "good_air_ratio", "surface_water_iii_ratio", "drinking_water_compliance", "built_up_green_coverage", "rural_sewage_treatment")
for (key in unique(paste(ob$unit, ob$indicator_code, sep = "|"))) {
  d <- ob[paste(ob$unit, ob$indicator_code, sep = "|") == key, ]
  if (length(unique(d$year)) < 5) next
  a <- aggregate(value ~ year, data = d, FUN = mean)
  id <- paste0("observed/", d$indicator_code[1], "/", d$unit[1])
  series[[length(series) + 1]] <- data.frame(series = id, group = paste0("observed/", d$unit[1]), package = "shared/reference", dataset = "observed.csv",
    variable = d$indicator_code[1], unit = d$unit_of_measure[1], lower = 0, upper = if (d$indicator_code[1] %in% pct) 100 else NA,
    source = paste(unique(d$source_url), collapse = " "))
  values[[length(values) + 1]] <- data.frame(series = id, year = as.integer(a$year), value = a$value)
}
s <- do.call(rbind, series); v <- do.call(rbind, values)
write.csv(s, "series.csv", row.names = FALSE, quote = TRUE, na = "", fileEncoding = "UTF-8")
write.csv(v, "values.csv", row.names = FALSE, quote = FALSE, na = "")
cat(nrow(s), "series,", nrow(v), "values\n")
