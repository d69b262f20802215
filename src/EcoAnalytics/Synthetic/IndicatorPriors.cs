using EcoAnalytics.Catalog;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// The priors the demonstration and national panels draw from where no real value exists. Looked up by exact
/// indicator code, then by a keyword in the code, then by kind, unit and direction. Ranges are deliberately wide
/// and straddle the usual programme thresholds (e.g. forest coverage ≥ 60 % in mountain counties), so that a panel
/// has indicators that meet their targets and indicators that miss them.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>indicator</term><description>start level; change per year; wobble</description></listheader>
/// <item><term>pm25</term><description>25–60 μg/m³; −6 … −3 % a year; 4 %</description></item>
/// <item><term>pm10</term><description>50–100 μg/m³; −5 … −2 % a year; 4 %</description></item>
/// <item><term>good_air_ratio</term><description>70–92 %; +0.3 … +1.5 points; 1.5 points. good_air_days is derived from it
/// (round(ratio × days-in-year / 100)) whenever the catalog has both.</description></item>
/// <item><term>good_air_days</term><description>255–335 days; +1 … +5 days; 5 days (only when there is no ratio)</description></item>
/// <item><term>forest / grass / vegetation coverage</term><description>by terrain: 山区 50–75 %, 丘陵区 30–55 %, 平原区 14–30 %
/// (other coverage rates 25–75 %); +0.2 … +0.8 points; 0.15 points</description></item>
/// <item><term>built_up_green_coverage</term><description>30–43 %; +0.2 … +1.0 points; 0.3 points</description></item>
/// <item><term>surface_water_iii_ratio</term><description>60–95 %; +0.5 … +2.5 points; 3 points</description></item>
/// <item><term>*compliance*, *qualified*</term><description>94–100 %; 0 … +1 point; 0.8 points (targets of 100 % are often missed)</description></item>
/// <item><term>urban_sewage_treatment</term><description>80–97 %; +0.3 … +1.5 points; 0.8 points</description></item>
/// <item><term>rural_sewage_treatment</term><description>20–65 %; +2 … +6 points; 2 points</description></item>
/// <item><term>*treatment*, *utili[sz]ation*, *disposal*, *recycl*, *harmless*, *reuse*, *collection*, *sorting*</term><description>60–98 %; +0.5 … +3 points; 1 point</description></item>
/// <item><term>eco_index</term><description>55–72; 0 … +0.6 a year; 0.5</description></item>
/// <item><term>gdp</term><description>60–350 亿元; +4 … +8 % a year; 2 %; never a laggard</description></item>
/// <item><term>other %, higher better</term><description>50–90 %; +0.3 … +2 points; 1 point</description></item>
/// <item><term>other %, lower better</term><description>5–30 %; −6 … −2 % a year; 3 %</description></item>
/// <item><term>other index</term><description>55–75; 0 … +0.6; 0.5</description></item>
/// <item><term>other μg/m³ or mg/m³</term><description>25–60; −5 … −2 % a year; 4 %</description></item>
/// <item><term>counts, lower better (e.g. black and odorous water bodies)</term><description>0–6; −1.5 … −0.5 a year, floored at 0; no wobble</description></item>
/// <item><term>counts, higher better</term><description>0–5; +0.3 … +1.5 a year; no wobble</description></item>
/// <item><term>anything else</term><description>10–100 in its unit (inside its bounds); ±2 … 5 % a year in the better direction; 2 %</description></item>
/// </list>
/// On top of the drawn trend, a quarter of the county-indicator series without real values are laggards: their
/// trend is multiplied by a factor between −0.5 and 0.25, so they stall or slip back (<see cref="LaggardShare"/>).
/// Status indicators have no prior here; see <see cref="StatusSynthesizer"/>.
/// </remarks>
internal static class IndicatorPriors
{
    /// <summary>Share of series without real values whose trend stalls or reverses.</summary>
    public const double LaggardShare = 0.25;

    private static readonly Dictionary<string, (double Low, double High)> VegetationByTerrain = new(StringComparer.Ordinal)
    {
        ["山区"] = (50, 75),
        ["丘陵区"] = (30, 55),
        ["平原区"] = (14, 30),
    };

    private static readonly IndicatorPrior Pm25 = new("PM2.5 concentration", 25, 60, -6, -3, TrendForm.Percent, 4, 1);
    private static readonly IndicatorPrior Pm10 = new("PM10 concentration", 50, 100, -5, -2, TrendForm.Percent, 4, 1);
    private static readonly IndicatorPrior Vegetation = new("forest or grass coverage", 25, 75, 0.2, 0.8, TrendForm.Points, 0.15, 2) { LevelByTerrain = VegetationByTerrain };
    private static readonly IndicatorPrior Coverage = new("coverage rate", 25, 75, 0.2, 0.8, TrendForm.Points, 0.3, 2);
    private static readonly IndicatorPrior Compliance = new("compliance rate with a 100 % target", 94, 100, 0, 1, TrendForm.Points, 0.8, 1);
    private static readonly IndicatorPrior TreatmentRate = new("treatment or utilisation rate", 60, 98, 0.5, 3, TrendForm.Points, 1, 1);
    private static readonly IndicatorPrior Index = new("composite index", 55, 75, 0, 0.6, TrendForm.Points, 0.5, 2);

    private static readonly Dictionary<string, IndicatorPrior> ByCode = new(StringComparer.Ordinal)
    {
        ["pm25"] = Pm25,
        ["pm10"] = Pm10,
        ["good_air_ratio"] = new("share of good-air days", 70, 92, 0.3, 1.5, TrendForm.Points, 1.5, 1),
        ["good_air_days"] = new("good-air days", 255, 335, 1, 5, TrendForm.Points, 5, 0),
        ["forest_coverage"] = Vegetation,
        ["built_up_green_coverage"] = new("green coverage of built-up areas", 30, 43, 0.2, 1.0, TrendForm.Points, 0.3, 2),
        ["surface_water_iii_ratio"] = new("surface-water sections at class III or better", 60, 95, 0.5, 2.5, TrendForm.Points, 3, 1),
        ["drinking_water_compliance"] = Compliance,
        ["urban_sewage_treatment"] = new("urban sewage treatment rate", 80, 97, 0.3, 1.5, TrendForm.Points, 0.8, 2),
        ["rural_sewage_treatment"] = new("rural sewage treatment rate", 20, 65, 2, 6, TrendForm.Points, 2, 1),
        ["eco_index"] = new("ecological index EI", 55, 72, 0, 0.6, TrendForm.Points, 0.5, 2),
        ["gdp"] = new("gross domestic product", 60, 350, 4, 8, TrendForm.Percent, 2, 2) { CanLag = false },
    };

    private static readonly (string[] Keywords, IndicatorPrior Prior)[] ByKeyword =
    [
        (["compliance", "qualified"], Compliance),
        (["pm25", "pm2_5"], Pm25),
        (["pm10"], Pm10),
        (["forest", "grass", "vegetation"], Vegetation),
        (["coverage"], Coverage),
        (["treatment", "utilisation", "utilization", "disposal", "recycl", "harmless", "reuse", "collection", "sorting"], TreatmentRate),
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
            "index" or "指数" => Index,
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
