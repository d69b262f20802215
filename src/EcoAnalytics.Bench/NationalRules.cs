using System.Globalization;
using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Bench;

/// <summary>
/// A 30-rule workflow over a national panel: rule i reads the panel's indicator i (thresholds, 3-year trends,
/// previous-year baselines, terrain thresholds). Either over its own synthetic panel (2,850 counties × 10 years × 30
/// indicators) or over a panel already loaded, whose first 30 indicators must be numeric.
/// </summary>
internal sealed class NationalRules
{
    public const int DefaultCountyCount = 2850;
    public const int DefaultFirstYear = 2015;
    public const int DefaultYearCount = 10;
    public const int RuleCount = 30;

    /// <summary>The workflow over <paramref name="panel"/> (its first 30 indicators, all numeric), every county and year.</summary>
    public NationalRules(Panel panel, CountyRegistry counties)
    {
        Catalog = panel.Catalog;
        Counties = counties;
        Panel = panel;
        CountyCount = counties.Count;
        FirstYear = panel.FirstYear;
        YearCount = panel.YearCount;
        Programme = ProgrammeReader.Parse(WorkflowJson(Catalog.Take(RuleCount).Select(i => i.Code).ToList()), "national-30.json").Value!;
        AllCounties = Counties.Select(c => c.Id).ToList();
        Years = Enumerable.Range(FirstYear, YearCount).ToList();
    }

    public NationalRules(int seed = 42)
    {
        CountyCount = DefaultCountyCount;
        FirstYear = DefaultFirstYear;
        YearCount = DefaultYearCount;
        var indicators = Enumerable.Range(0, RuleCount).Select(i => new Indicator(
            $"ind{i:00}", $"指标{i:00}", $"Indicator {i}", "%", IndicatorKind.Numeric,
            i % 5 == 4 ? Direction.LowerIsBetter : Direction.HigherIsBetter, 0, 100, "生态安全", [$"指标{i:00}"])).ToList();
        Catalog = new IndicatorCatalog(indicators);
        Terrain[] terrains = [Terrain.Mountain, Terrain.Hill, Terrain.Plain];
        Counties = new CountyRegistry(Enumerable.Range(0, CountyCount).Select(c => new County(
            $"syn{c:0000}", $"合成县{c:0000}", $"Synthetic {c}", "county", "synthetic", "synthetic", terrains[c % 3], "synthetic", false)));
        Panel = Panel.Empty(Catalog, Counties.ToList(), FirstYear, FirstYear + YearCount - 1);
        var random = new Random(seed);
        var source = Panel.InternSource(Sources.Synthetic);
        for (var i = 0; i < RuleCount; i++)
        {
            for (var c = 0; c < CountyCount; c++)
            {
                var level = 40 + (random.NextDouble() * 50);
                var trend = (random.NextDouble() - 0.4) * 2;
                for (var y = 0; y < YearCount; y++)
                {
                    if (random.NextDouble() < 0.03)
                    {
                        continue; // 3 % missing, as real panels have gaps
                    }

                    var value = Math.Clamp(level + (trend * y) + ((random.NextDouble() - 0.5) * 3), 0, 100);
                    Panel.Set(c, i, FirstYear + y, value, null, source);
                }
            }
        }

        Programme = ProgrammeReader.Parse(WorkflowJson(Catalog.Select(i => i.Code).ToList()), "national-30.json").Value!;
        AllCounties = Counties.Select(c => c.Id).ToList();
        Years = Enumerable.Range(FirstYear, YearCount).ToList();
    }

    public int CountyCount { get; }

    public int FirstYear { get; }

    public int YearCount { get; }

    public IndicatorCatalog Catalog { get; }

    public CountyRegistry Counties { get; }

    public Panel Panel { get; }

    public Programme Programme { get; }

    public IReadOnlyList<string> AllCounties { get; }

    public IReadOnlyList<int> Years { get; }

    /// <summary>The kind of rule i is: 0-19 thresholds, 20-23 trends, 24-26 not decreasing, 27-29 terrain thresholds.</summary>
    public static string Kind(int i) => i < 20 ? "threshold" : i < 24 ? "improving" : i < 27 ? "not_decreasing" : "terrain";

    public static double Threshold(int i) => 50 + (i % 7 * 5);

    public static bool LowerIsBetter(int i) => i % 5 == 4;

    private static string WorkflowJson(IReadOnlyList<string> codes)
    {
        var rules = new StringBuilder();
        for (var i = 0; i < RuleCount; i++)
        {
            var lower = LowerIsBetter(i);
            var (expression, properties) = Kind(i) switch
            {
                "threshold" => (lower ? "x.Value <= x.Threshold" : "x.Value >= x.Threshold", $"\"requirement\":\"threshold\",\"comparator\":\"{(lower ? "<=" : ">=")}\",\"thresholds\":{{\"target\":{Threshold(i).ToString(CultureInfo.InvariantCulture)}}}"),
                "improving" => (lower ? "x.Slope < 0" : "x.Slope > 0", $"\"requirement\":\"improving\",\"comparator\":\"{(lower ? "<" : ">")}\",\"window\":3"),
                "not_decreasing" => ("x.Value >= x.Baseline", "\"requirement\":\"not_decreasing\",\"comparator\":\">=\",\"baseline\":\"previous\""),
                _ => ("x.Value > x.Threshold", "\"requirement\":\"terrain\",\"comparator\":\">\",\"thresholds\":{\"target\":{\"山区\":60,\"丘陵区\":40,\"平原区\":18}}"),
            };
            rules.Append(i == 0 ? string.Empty : ",")
                .Append(CultureInfo.InvariantCulture, $"{{\"RuleName\":\"R{i:00}\",\"Expression\":\"{expression}\",\"Properties\":{{\"indicator\":\"{codes[i]}\",{properties},")
                .Append("\"source\":{\"document\":\"synthetic\",\"line\":1,\"item\":\"1\",\"quote\":\"synthetic benchmark rule\"}}}");
        }

        return $$"""{"WorkflowName":"national-30","Programme":{"county":"syn0000","document":"synthetic","thresholdSets":{"target":"synthetic"},"defaultThresholdSet":"target"},"Rules":[{{rules}}]}""";
    }
}
