using System.Globalization;
using System.Text.Json.Nodes;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Tests.Support;

/// <summary>A small catalog, two counties and helpers to build programmes and observation tables in code.</summary>
internal static class RuleFixtures
{
    public static IndicatorCatalog Catalog { get; } = new(
    [
        Numeric("forest", "%", Direction.HigherIsBetter, 0, 100),
        Numeric("pm25", "μg/m³", Direction.LowerIsBetter, 0, null),
        Numeric("pm10", "μg/m³", Direction.LowerIsBetter, 0, null),
        Numeric("red_line_area", "km²", Direction.HigherIsBetter, 0, null),
        Numeric("straw", "%", Direction.HigherIsBetter, 0, 100),
        Numeric("manure", "%", Direction.HigherIsBetter, 0, 100),
        new Indicator("plan", "生态文明建设规划", "Plan", "-", IndicatorKind.Status, Direction.HigherIsBetter, null, null, "生态制度", ["生态文明建设规划"]),
        Numeric("forest_rise", "%", Direction.HigherIsBetter, -100, 100) with { ChangeOf = "forest" },
        Numeric("pm25_fall", "μg/m³", Direction.HigherIsBetter, null, null) with { ChangeOf = "pm25" },
        new Indicator("black_water", "黑臭水体", "Black water bodies", "count", IndicatorKind.Count, Direction.LowerIsBetter, 0, null, "生态安全", ["黑臭水体"]),
    ]);

    public static CountyRegistry Counties { get; } = new(
    [
        new County("hill", "丘县", "Hill County", "county", "河南省", "三门峡市", Terrain.Hill, "test", false),
        new County("peak", "峰县", "Peak County", "county", "河南省", "三门峡市", Terrain.Mountain, "test", false),
        new County("flat", "平县", "Flat County", "county", "河南省", "郑州市", Terrain.None, "no terrain", true),
    ]);

    public static Indicator Numeric(string code, string unit, Direction direction, double? min, double? max) =>
        new(code, code, code, unit, IndicatorKind.Numeric, direction, min, max, "生态安全", [code]);

    /// <summary>Observations from (county, indicator, year, value-or-label[, source]) tuples.</summary>
    public static ObservationTable Table(params (string County, string Indicator, int Year, object Value, string Source)[] rows)
    {
        var table = new ObservationTable(Catalog, Counties);
        foreach (var (county, indicator, year, value, source) in rows)
        {
            var label = value as string;
            var number = label is null ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : StatusScale.LevelOf(label) ?? throw new ArgumentException(label);
            table.Add(new Observation(county, indicator, year, number, label, source, string.Empty));
        }

        return table;
    }

    /// <summary>A programme with one rule: <paramref name="properties"/> merged over a default source.</summary>
    public static Programme Programme(string expression, string properties, string county = "hill", string sets = "{\"target\":\"目标值\",\"standard\":\"指标值\"}", string name = "R1")
    {
        var props = JsonNode.Parse(properties)!.AsObject();
        props["source"] ??= JsonNode.Parse("{\"document\":\"test.txt\",\"line\":1,\"item\":\"1\",\"quote\":\"test\"}");
        var rule = new JsonObject { ["RuleName"] = name, ["Expression"] = expression, ["Properties"] = props };
        return Parse(new JsonArray(rule), county, sets);
    }

    /// <summary>A programme from a JSON array of rules.</summary>
    public static Programme Parse(JsonArray rules, string county = "hill", string sets = "{\"target\":\"目标值\",\"standard\":\"指标值\"}")
    {
        var workflow = new JsonObject
        {
            ["WorkflowName"] = "test-programme",
            ["Programme"] = JsonNode.Parse($"{{\"county\":\"{county}\",\"title\":\"测试\",\"document\":\"test.txt\",\"thresholdSets\":{sets},\"defaultThresholdSet\":\"target\"}}"),
            ["Rules"] = rules,
        };
        var read = ProgrammeReader.Parse(workflow.ToJsonString(), "test.json");
        Assert.NotNull(read.Value);
        return read.Value!;
    }

    /// <summary>Evaluates a one-programme fixture and returns the rows.</summary>
    public static ComplianceTable Evaluate(Programme programme, ObservationTable observations, EvaluationOptions? options = null, ObservationTable? assigned = null)
    {
        var compiled = CompiledProgramme.Compile(programme, Catalog);
        var dataset = Dataset.FromTables(observations, assigned);
        return ProgrammeEvaluator.Evaluate(compiled, dataset, options);
    }
}
