using EcoAnalytics.Catalog;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// The priors the demonstration and national panels draw from where no real value exists. Looked up by exact
/// indicator code, then by a keyword in the code, then by kind, unit and direction. Ranges are deliberately wide
/// and straddle the usual programme thresholds (e.g. forest coverage ≥ 60 % in mountain counties), so that a panel
/// has indicators that meet their targets and indicators that miss them.
/// </summary>
/// <remarks>
/// Start level (first year); change per year (points, or % of the level); wobble (s.d. of the AR(1) noise).
/// <list type="table">
/// <item><term>pm25 / pm10</term><description>25–60 / 50–100 μg/m³; −6 … −3 / −5 … −2 %; 4 %</description></item>
/// <item><term>good_air_ratio</term><description>70–92 %; +0.3 … +1.5 points; 1.5. good_air_days is derived from it
/// (round(ratio × days-in-year / 100)) whenever the catalog has both; alone: 255–335 days, +1 … +5</description></item>
/// <item><term>heavy_pollution_days_ratio</term><description>1–8 %; −10 … −3 %; 10 %</description></item>
/// <item><term>forest / grass / vegetation coverage</term><description>by terrain 山区 50–75 %, 丘陵区 30–55 %, 平原区 14–30 %;
/// +0.2 … +0.8 points; 0.15</description></item>
/// <item><term>built_up_green_coverage, urban_green_space_ratio</term><description>30–43 %, 28–40 %; +0.2 … +1.0 points</description></item>
/// <item><term>surface_water_iii_ratio, groundwater_iii_ratio</term><description>60–95 %; +0.5 … +2.5 points; 3</description></item>
/// <item><term>*compliance*, *qualified*, *hygiene*, *safe_use*, *disclosure*, *resolution*, *protection_rate*,
/// *retention*, *training*, drinking_water_good_ratio</term><description>94–100 %; 0 … +1 point; 0.8 (targets of 100 % are often missed)</description></item>
/// <item><term>urban / rural_sewage_treatment</term><description>80–97 % / 20–65 %; +0.3 … +1.5 / +2 … +6 points</description></item>
/// <item><term>*treatment*, *utili[sz]ation*, *disposal*, *recycl*, *recovery*, *harmless*, *reuse*, *collection*,
/// *sorting*</term><description>60–98 %; +0.5 … +3 points; 1</description></item>
/// <item><term>*satisfaction*, *participation*, *awareness*</term><description>75–95 %; +0.5 … +2 points; 1.5</description></item>
/// <item><term>*toilet*, *shoreline*, soil_monitoring_point_coverage</term><description>60–90 %, 80–98 %, 80–100 %; rising</description></item>
/// <item><term>other *coverage*</term><description>25–75 %; +0.2 … +0.8 points</description></item>
/// <item><term>*_share</term><description>5–40 %; +0.3 … +2 points (named shares have their own rows in the source:
/// green buildings 20–60 %, clean energy 40–80 %, cadre assessment weight 15–30 %, environmental investment 1–4 % of GDP)</description></item>
/// <item><term>eco_index, other indices</term><description>55–72, 55–75; 0 … +0.6 a year (lower-better indices 5–30, −5 … −1 %)</description></item>
/// <item><term>gdp</term><description>60–350 亿元; +4 … +8 %; 2 %; never a laggard</description></item>
/// <item><term>intensities and totals</term><description>energy_per_gdp 0.4–1.2 吨标准煤/万元 −5 … −2 %; water_per_gdp 20–80 立方米/万元
/// −6 … −2 %; land_per_gdp 20–60 平方米/万元 −6 … −3 %; energy / water totals −1 … +3 % / −2 … +1 %; gep_per_area
/// 500–3000 万元/km² and forest_carbon_sink 5–60 万吨 +2 … +8 %</description></item>
/// <item><term>areas in km²</term><description>50–900 (drinking-water zones 2–40); 0 … +1 % a year; no wobble</description></item>
/// <item><term>counts to eliminate</term><description>black-odorous water etc. 0–6, sections worse than V 0–3, incidents 0–1;
/// falling 0.2 … 1.5 a year to 0; no wobble</description></item>
/// <item><term>other %</term><description>higher better 50–90 %, +0.3 … +2 points; lower better 5–30 %, −6 … −2 %</description></item>
/// <item><term>anything else</term><description>10–100 in its unit (inside its bounds); ±2 … 5 % a year in the better direction</description></item>
/// </list>
/// On top of the drawn trend, a quarter of the county-indicator series without real values are laggards: their
/// trend is multiplied by a factor between −0.5 and 0.25, so they stall or slip back (<see cref="LaggardShare"/>).
/// Status indicators have no prior here; see <see cref="StatusSynthesizer"/>.
/// </remarks>
internal static class IndicatorPriors
{
    /// <summary>Share of series without real values whose trend stalls or reverses.</summary>
    public const double LaggardShare = 0.25;

    private static readonly Dictionary<Terrain, (double Low, double High)> VegetationByTerrain = new()
    {
        [Terrain.Mountain] = (50, 75),
        [Terrain.Hill] = (30, 55),
        [Terrain.Plain] = (14, 30),
    };

    private static readonly IndicatorPrior Pm25 = new("PM2.5 concentration", 25, 60, -6, -3, TrendForm.Percent, 4, 1);
    private static readonly IndicatorPrior Pm10 = new("PM10 concentration", 50, 100, -5, -2, TrendForm.Percent, 4, 1);
    private static readonly IndicatorPrior Vegetation = new("forest or grass coverage", 25, 75, 0.2, 0.8, TrendForm.Points, 0.15, 2) { LevelByTerrain = VegetationByTerrain };
    private static readonly IndicatorPrior Coverage = new("coverage rate", 25, 75, 0.2, 0.8, TrendForm.Points, 0.3, 2);
    private static readonly IndicatorPrior Compliance = new("rate with a 100 % target", 94, 100, 0, 1, TrendForm.Points, 0.8, 1);
    private static readonly IndicatorPrior TreatmentRate = new("treatment or utilisation rate", 60, 98, 0.5, 3, TrendForm.Points, 1, 1);
    private static readonly IndicatorPrior Opinion = new("public opinion survey", 75, 95, 0.5, 2, TrendForm.Points, 1.5, 1);
    private static readonly IndicatorPrior EconomicShare = new("share of output or revenue", 5, 40, 0.3, 2, TrendForm.Points, 0.8, 2);
    private static readonly IndicatorPrior Index = new("composite index", 55, 75, 0, 0.6, TrendForm.Points, 0.5, 2);
    private static readonly IndicatorPrior Area = new("protected area", 50, 900, 0, 1, TrendForm.Percent, 0, 2);
    private static readonly IndicatorPrior RareEvents = new("rare incidents", 0, 1, -0.5, -0.2, TrendForm.Points, 0, 0);

    private static readonly Dictionary<string, IndicatorPrior> ByCode = new(StringComparer.Ordinal)
    {
        ["pm25"] = Pm25,
        ["pm10"] = Pm10,
        ["good_air_ratio"] = new("share of good-air days", 70, 92, 0.3, 1.5, TrendForm.Points, 1.5, 1),
        ["good_air_days"] = new("good-air days", 255, 335, 1, 5, TrendForm.Points, 5, 0),
        ["heavy_pollution_days_ratio"] = new("share of heavy-pollution days", 1, 8, -10, -3, TrendForm.Percent, 10, 1),
        ["forest_coverage"] = Vegetation,
        ["built_up_green_coverage"] = new("green coverage of built-up areas", 30, 43, 0.2, 1.0, TrendForm.Points, 0.3, 2),
        ["urban_green_space_ratio"] = new("urban green space ratio", 28, 40, 0.2, 0.8, TrendForm.Points, 0.3, 2),
        ["park_green_per_capita"] = new("park green space per person (m²)", 9, 16, 0.2, 0.6, TrendForm.Points, 0.2, 2),
        ["soil_monitoring_point_coverage"] = new("soil monitoring coverage", 80, 100, 0.5, 3, TrendForm.Points, 1, 1),
        ["surface_water_iii_ratio"] = new("surface-water sections at class III or better", 60, 95, 0.5, 2.5, TrendForm.Points, 3, 1),
        ["groundwater_iii_ratio"] = new("groundwater points at class III or better", 60, 95, 0.5, 2.5, TrendForm.Points, 3, 1),
        ["drinking_water_compliance"] = Compliance,
        ["drinking_water_good_ratio"] = Compliance,
        ["urban_sewage_treatment"] = new("urban sewage treatment rate", 80, 97, 0.3, 1.5, TrendForm.Points, 0.8, 2),
        ["rural_sewage_treatment"] = new("rural sewage treatment rate", 20, 65, 2, 6, TrendForm.Points, 2, 1),
        ["fertilizer_use_efficiency"] = new("fertiliser use efficiency", 35, 42, 0.3, 1, TrendForm.Points, 0.3, 1),
        ["pesticide_use_efficiency"] = new("pesticide use efficiency", 35, 42, 0.3, 1, TrendForm.Points, 0.3, 1),
        ["rural_clean_energy_share"] = new("rural clean-energy share", 40, 80, 1, 3, TrendForm.Points, 1, 1),
        ["green_building_share"] = new("green share of new buildings", 20, 60, 3, 8, TrendForm.Points, 2, 1),
        ["eco_performance_assessment_share"] = new("eco-civilisation weight in cadre assessment", 15, 30, 0, 1, TrendForm.Points, 0.5, 1),
        ["eco_investment_gdp_share"] = new("environmental investment share of GDP", 1, 4, 0, 0.2, TrendForm.Points, 0.2, 2),
        ["land_per_gdp_decline"] = new("decline of built-up land per GDP", 3, 8, 0, 0, TrendForm.Points, 1, 1),
        ["eco_index"] = new("ecological index EI", 55, 72, 0, 0.6, TrendForm.Points, 0.5, 2),
        ["species_richness"] = Index with { Describes = "species richness index" },
        ["gdp"] = new("gross domestic product (亿元)", 60, 350, 4, 8, TrendForm.Percent, 2, 2) { CanLag = false },
        ["gep_per_area"] = new("gross ecosystem product per km² (万元)", 500, 3000, 3, 8, TrendForm.Percent, 2, 1),
        ["forest_carbon_sink"] = new("forest carbon sink (万吨 CO₂)", 5, 60, 2, 6, TrendForm.Percent, 2, 2),
        ["energy_per_gdp"] = new("energy use per GDP (吨标准煤/万元)", 0.4, 1.2, -5, -2, TrendForm.Percent, 2, 3),
        ["energy_consumption_total"] = new("total energy use (万吨标准煤)", 40, 300, -1, 3, TrendForm.Percent, 2, 1),
        ["water_per_gdp"] = new("water use per GDP (立方米/万元)", 20, 80, -6, -2, TrendForm.Percent, 3, 1),
        ["water_consumption_total"] = new("total water use (万立方米)", 3000, 15000, -2, 1, TrendForm.Percent, 2, 0),
        ["land_per_gdp"] = new("built-up land per GDP (平方米/万元)", 20, 60, -6, -3, TrendForm.Percent, 2, 1),
        ["eco_redline_area"] = Area with { Describes = "ecological red-line area (km²)", LevelLow = 100, LevelHigh = 900, TrendLow = 0, TrendHigh = 0.2 },
        ["nature_reserve_area"] = Area with { Describes = "nature reserve area (km²)" },
        ["drinking_water_source_protection_area"] = Area with { Describes = "drinking-water protection zones (km²)", LevelLow = 2, LevelHigh = 40 },
        ["worse_than_v_sections"] = new("sections worse than class V", 0, 3, -1, -0.3, TrendForm.Points, 0, 0),
        ["major_env_incidents"] = RareEvents,
        ["contaminated_site_accidents"] = RareEvents,
    };

    private static readonly (string[] Keywords, IndicatorPrior Prior)[] ByKeyword =
    [
        (["compliance", "qualified", "hygiene", "safe_use", "disclosure", "resolution", "protection_rate", "retention", "training"], Compliance),
        (["pm25", "pm2_5"], Pm25),
        (["pm10"], Pm10),
        (["forest", "grass", "vegetation"], Vegetation),
        (["satisfaction", "participation", "awareness"], Opinion),
        (["toilet"], new IndicatorPrior("rural toilet coverage", 60, 90, 1, 4, TrendForm.Points, 1, 1)),
        (["shoreline"], new IndicatorPrior("shoreline protection", 80, 98, 0.2, 1, TrendForm.Points, 0.5, 1)),
        (["coverage"], Coverage),
        (["treatment", "utilisation", "utilization", "disposal", "recycl", "recovery", "harmless", "reuse", "collection", "sorting"], TreatmentRate),
        (["_share"], EconomicShare),
    ];

    /// <summary>The prior for a numeric or count indicator.</summary>
    public static IndicatorPrior For(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (ByCode.TryGetValue(indicator.Code, out var exact))
        {
            return exact;
        }

        var higher = indicator.Direction == Direction.HigherIsBetter;
        if (indicator.Kind == IndicatorKind.Count)
        {
            return higher
                ? new IndicatorPrior("count, higher better", 0, 5, 0.3, 1.5, TrendForm.Points, 0, 0)
                : new IndicatorPrior("count to eliminate", 0, 6, -1.5, -0.5, TrendForm.Points, 0, 0);
        }

        foreach (var (keywords, prior) in ByKeyword)
        {
            if (keywords.Any(k => indicator.Code.Contains(k, StringComparison.Ordinal)))
            {
                return prior;
            }
        }

        return indicator.Unit switch
        {
            "%" => higher
                ? new IndicatorPrior("rate, higher better", 50, 90, 0.3, 2, TrendForm.Points, 1, 1)
                : new IndicatorPrior("rate, lower better", 5, 30, -6, -2, TrendForm.Percent, 3, 2),
            "index" or "指数" => higher ? Index : new IndicatorPrior("index, lower better", 5, 30, -5, -1, TrendForm.Percent, 3, 2),
            "km²" => Area,
            "μg/m³" or "ug/m3" or "mg/m³" => Pm25 with { Describes = "concentration", TrendLow = -5, TrendHigh = -2 },
            _ => Generic(indicator, higher),
        };
    }

    private static IndicatorPrior Generic(Indicator indicator, bool higher)
    {
        var (low, high) = (10.0, 100.0);
        if (indicator.Min is { } min && indicator.Max is { } max && max > min)
        {
            (low, high) = (min + (0.4 * (max - min)), min + (0.8 * (max - min)));
        }
        else if (indicator.Min is { } floor)
        {
            (low, high) = (Math.Max(low, floor + 1), Math.Max(high, floor + 10));
        }

        return new IndicatorPrior("generic", low, high, higher ? 2 : -5, higher ? 5 : -2, TrendForm.Percent, 2, 2);
    }
}
