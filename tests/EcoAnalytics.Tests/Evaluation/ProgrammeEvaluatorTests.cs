using EcoAnalytics.Evaluation;
using EcoAnalytics.Frames;
using EcoAnalytics.Tests.Support;
using static EcoAnalytics.Tests.Support.RuleFixtures;

namespace EcoAnalytics.Tests.Evaluation;

public sealed class ProgrammeEvaluatorTests
{
    private const string Real = "seed:test.txt#L1";

    private static ComplianceResult Single(ComplianceTable table) => Assert.Single(table);

    [Theory]
    [InlineData(45.0, ComplianceStatus.Met, 1.0)]
    [InlineData(44.0, ComplianceStatus.Met, 0.0)]
    [InlineData(43.5, ComplianceStatus.NotMet, -0.5)]
    public void Evaluate_Threshold_MetOrNotMetWithSignedGap(double value, ComplianceStatus expected, double gap)
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44,"standard":41},"deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2023, value, Real))));
        Assert.Equal(expected, row.Status);
        Assert.Equal(gap, row.Gap!.Value, 9);
        Assert.Equal(44, row.Threshold);
        Assert.Equal("target", row.ThresholdSet);
        Assert.Equal(2023, row.Year);
    }

    [Fact]
    public void Evaluate_MissingValue_IsNoDataNeverNotMet()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2022, 50.0, Real))));
        Assert.Equal(ComplianceStatus.NoData, row.Status);
        Assert.Null(row.Value);
        Assert.Null(row.Gap);
        Assert.Contains("no forest value for 2023", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TargetVersusStandard_DifferOnSameData()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44,"standard":41},"deadline":2023}""");
        var data = Table(("hill", "forest", 2023, 42.0, Real));
        var target = Single(Evaluate(programme, data));
        var standard = Single(Evaluate(programme, data, new EvaluationOptions { ThresholdSet = "standard" }));
        Assert.Equal(ComplianceStatus.NotMet, target.Status);
        Assert.Equal(ComplianceStatus.Met, standard.Status);
        Assert.Equal("standard", standard.ThresholdSet);
        Assert.Equal(41, standard.Threshold);
    }

    [Fact]
    public void Evaluate_SetMissingForRule_IsNotInSetNeverAnotherSetsThreshold()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""");
        var table = Evaluate(programme, Table(("hill", "forest", 2023, 45.0, Real)), new EvaluationOptions { ThresholdSet = "standard" });
        var row = Single(table);
        Assert.Equal(ComplianceStatus.NotInSet, row.Status);
        Assert.Equal("standard", row.ThresholdSet);
        Assert.Null(row.Threshold);
        Assert.Null(row.Gap);
        Assert.Contains("not part of threshold set 'standard'", row.Message, StringComparison.Ordinal);
        Assert.Equal(1, table.CountOf(ComplianceStatus.NotInSet));
        Assert.Equal(0, table.CountOf(ComplianceStatus.NoData));
    }

    [Fact]
    public void Evaluate_DeclaredInheritance_UsesTheParentSetAndSaysSo()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""")
            with { Inherits = new Dictionary<string, string> { ["standard"] = "target" } };
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2023, 45.0, Real)), new EvaluationOptions { ThresholdSet = "standard" }));
        Assert.Equal(ComplianceStatus.Met, row.Status);
        Assert.Equal("target", row.ThresholdSet);
        Assert.Equal(44, row.Threshold);
        Assert.Contains("the programme declares that 'standard' inherits from 'target'", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InheritanceDeclaredTheOtherWay_DoesNotApply()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""")
            with { Inherits = new Dictionary<string, string> { ["target"] = "standard" } };
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2023, 45.0, Real)), new EvaluationOptions { ThresholdSet = "standard" }));
        Assert.Equal(ComplianceStatus.NotInSet, row.Status);
    }

    [Theory]
    [InlineData("R1")]
    [InlineData("forest")]
    public void Evaluate_OverrideByRuleOrIndicator_ReplacesThreshold(string target)
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""");
        var options = new EvaluationOptions { Overrides = [new ThresholdOverride(target, 46)] };
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2023, 45.0, Real)), options));
        Assert.Equal(ComplianceStatus.NotMet, row.Status);
        Assert.Equal(46, row.Threshold);
        Assert.Contains("threshold overridden", row.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hill", 45.0, ComplianceStatus.Met, 40.0)]
    [InlineData("peak", 45.0, ComplianceStatus.NotMet, 60.0)]
    [InlineData("peak", 60.0, ComplianceStatus.NotMet, 60.0)]
    public void Evaluate_TerrainThreshold_ResolvesByCountyTerrain(string county, double value, ComplianceStatus expected, double threshold)
    {
        var programme = Programme("x.Value > x.Threshold", """{"indicator":"forest","requirement":"terrain","comparator":">","thresholds":{"target":{"山区":60,"丘陵区":40,"平原区":18}}}""", county);
        var row = Single(Evaluate(programme, Table((county, "forest", 2023, value, Real))));
        Assert.Equal(expected, row.Status);
        Assert.Equal(threshold, row.Threshold);
    }

    [Fact]
    public void Evaluate_TerrainThresholdWithoutTerrain_IsError()
    {
        var programme = Programme("x.Value > x.Threshold", """{"indicator":"forest","requirement":"terrain","comparator":">","thresholds":{"target":{"山区":60,"丘陵区":40,"平原区":18}}}""", "flat");
        var row = Single(Evaluate(programme, Table(("flat", "forest", 2023, 45.0, Real))));
        Assert.Equal(ComplianceStatus.Error, row.Status);
        Assert.Contains("terrain", row.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100.0, ComplianceStatus.Met)]
    [InlineData(99.5, ComplianceStatus.NotMet)]
    public void Evaluate_NotDecreasing_ComparesWithPreviousYear(double value, ComplianceStatus expected)
    {
        var programme = Programme("x.Value >= x.Baseline", """{"indicator":"red_line_area","requirement":"not_decreasing","comparator":">=","baseline":"previous","deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "red_line_area", 2022, 100.0, Real), ("hill", "red_line_area", 2023, value, Real))));
        Assert.Equal(expected, row.Status);
        Assert.Equal(100, row.Threshold);
    }

    [Fact]
    public void Evaluate_NotDecreasingWithoutBaseline_IsNoData()
    {
        var programme = Programme("x.Value >= x.Baseline", """{"indicator":"red_line_area","requirement":"not_decreasing","comparator":">=","baseline":2020,"deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "red_line_area", 2023, 100.0, Real))));
        Assert.Equal(ComplianceStatus.NoData, row.Status);
        Assert.Contains("no baseline red_line_area value for 2020", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Improving_UsesTrendSlopeOverWindow()
    {
        var programme = Programme("x.Slope > 0", """{"indicator":"forest","requirement":"improving","comparator":">","window":3,"deadline":2023}""");
        var rising = Single(Evaluate(programme, Table(("hill", "forest", 2021, 40.0, Real), ("hill", "forest", 2022, 41.0, Real), ("hill", "forest", 2023, 43.0, Real))));
        Assert.Equal(ComplianceStatus.Met, rising.Status);
        Assert.Equal(1.5, rising.Value!.Value, 9);
        Assert.Equal(1.5, rising.Gap!.Value, 9);
        var falling = Single(Evaluate(programme, Table(("hill", "forest", 2021, 43.0, Real), ("hill", "forest", 2022, 41.0, Real), ("hill", "forest", 2023, 40.0, Real))));
        Assert.Equal(ComplianceStatus.NotMet, falling.Status);
    }

    [Fact]
    public void Evaluate_ImprovingWithTooFewPoints_IsNoData()
    {
        var programme = Programme("x.Slope > 0", """{"indicator":"forest","requirement":"improving","comparator":">","window":3,"deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2022, 40.0, Real), ("hill", "forest", 2023, 41.0, Real))));
        Assert.Equal(ComplianceStatus.NoData, row.Status);
        Assert.Contains("the trend needs 3", row.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, ComplianceStatus.Met)]
    [InlineData(2.0, ComplianceStatus.NotMet)]
    public void Evaluate_Eliminated_CountMustBeZero(double count, ComplianceStatus expected)
    {
        var programme = Programme("x.Value <= x.Threshold", """{"indicator":"black_water","requirement":"eliminated","comparator":"<=","thresholds":{"target":0},"deadline":2023}""");
        Assert.Equal(expected, Single(Evaluate(programme, Table(("hill", "black_water", 2023, count, Real)))).Status);
    }

    [Theory]
    [InlineData("建立", "制定实施", ComplianceStatus.Met)]
    [InlineData("建立", "全面实施", ComplianceStatus.NotMet)]
    [InlineData("制定", "建立", ComplianceStatus.NotMet)]
    public void Evaluate_StatusMilestone_ComparesOnLadder(string observed, string required, ComplianceStatus expected)
    {
        var programme = Programme("x.Value >= x.Threshold", $$"""{"indicator":"plan","requirement":"status","comparator":">=","thresholds":{"target":"{{required}}"},"deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "plan", 2023, observed, Real))));
        Assert.Equal(expected, row.Status);
        Assert.Contains(required, row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Assigned_ComparesWithUpperLevelTarget()
    {
        var programme = Programme("x.Value <= x.Assigned", """{"indicator":"pm25","requirement":"assigned","comparator":"<=","deadline":2023}""");
        var data = Table(("hill", "pm25", 2023, 45.3, Real));
        var met = Single(Evaluate(programme, data, assigned: Table(("hill", "pm25", 2023, 48.5, Real))));
        Assert.Equal(ComplianceStatus.Met, met.Status);
        Assert.Equal(48.5, met.Threshold);
        Assert.Equal(3.2, met.Gap!.Value, 9);
        var missing = Single(Evaluate(programme, data));
        Assert.Equal(ComplianceStatus.NoData, missing.Status);
        Assert.Contains("no target assigned by the upper level", missing.Message, StringComparison.Ordinal);
        Assert.Contains("county=hill, indicator=pm25, year=2023 in datasets/assigned-targets.csv", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(45.0, ComplianceStatus.Met, 0.5)]
    [InlineData(44.5, ComplianceStatus.Met, 0.0)]
    [InlineData(43.5, ComplianceStatus.NotMet, -1.0)]
    public void Evaluate_AssignedChange_ComparesTheRiseWithTheAssignedRise(double value, ComplianceStatus expected, double gap)
    {
        // 提高幅度…达到上级下达的目标要求: the size of the change, not the level; assigned under the change's own code.
        var programme = Programme("x.Value - x.Previous >= x.Assigned", """{"indicator":"forest","assignedIndicator":"forest_rise","requirement":"assigned_change","comparator":">=","deadline":2023}""");
        var data = Table(("hill", "forest", 2022, 44.0, Real), ("hill", "forest", 2023, value, Real));
        var assigned = Table(("hill", "forest_rise", 2023, 0.5, Real), ("hill", "forest", 2023, 99.0, Real));
        var row = Single(Evaluate(programme, data, assigned: assigned));
        Assert.Equal(expected, row.Status);
        Assert.Equal(0.5, row.Threshold);
        Assert.Equal(value - 44.0, row.Value!.Value, 9);
        Assert.Equal(gap, row.Gap!.Value, 9);
        Assert.Contains("rise of forest on 2022", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AssignedChange_FallOfALowerIsBetterLevel()
    {
        var programme = Programme("x.Previous - x.Value >= x.Assigned", """{"indicator":"pm25","assignedIndicator":"pm25_fall","requirement":"assigned_change","comparator":">=","deadline":2023}""");
        var data = Table(("hill", "pm25", 2022, 50.0, Real), ("hill", "pm25", 2023, 47.0, Real));
        var row = Single(Evaluate(programme, data, assigned: Table(("hill", "pm25_fall", 2023, 2.0, Real))));
        Assert.Equal(ComplianceStatus.Met, row.Status);
        Assert.Equal(3.0, row.Value!.Value, 9);
        Assert.Equal(1.0, row.Gap!.Value, 9);
        Assert.Contains("fall of pm25 on 2022 +3", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AssignedChange_NoDataNamesTheChangeKeyNotTheLevel()
    {
        var programme = Programme("x.Value - x.Previous >= x.Assigned", """{"indicator":"forest","assignedIndicator":"forest_rise","requirement":"assigned_change","comparator":">=","deadline":2023}""");
        var data = Table(("hill", "forest", 2022, 44.0, Real), ("hill", "forest", 2023, 45.0, Real));
        // A level assigned under the level's own code is not a change: it must not be read.
        var row = Single(Evaluate(programme, data, assigned: Table(("hill", "forest", 2023, 44.2, Real))));
        Assert.Equal(ComplianceStatus.NoData, row.Status);
        Assert.Contains("county=hill, indicator=forest_rise, year=2023 in datasets/assigned-targets.csv", row.Message, StringComparison.Ordinal);
        var noPrevious = Single(Evaluate(programme, Table(("hill", "forest", 2023, 45.0, Real)), assigned: Table(("hill", "forest_rise", 2023, 0.5, Real))));
        Assert.Equal(ComplianceStatus.NoData, noPrevious.Status);
        Assert.Contains("no forest value for 2022", noPrevious.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("完成", ComplianceStatus.Met)]
    [InlineData("未完成", ComplianceStatus.NotMet)]
    public void Evaluate_AssignedTask_ComparesCompletionStates(string observed, ComplianceStatus expected)
    {
        // 完成上级规定的目标任务 without a figure: the upper level assigns a completion state.
        var programme = Programme("x.Value >= x.Assigned", """{"indicator":"plan","requirement":"assigned","comparator":">=","deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "plan", 2023, observed, Real)), assigned: Table(("hill", "plan", 2023, "完成", Real))));
        Assert.Equal(expected, row.Status);
        Assert.Equal(2, row.Threshold);
        Assert.Contains($"{observed} >= 完成 assigned by the upper level for 2023", row.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30.0, 60.0, ComplianceStatus.Met)]
    [InlineData(30.0, 75.0, ComplianceStatus.NotMet)]
    public void Evaluate_CombinedTwoIndicators_BothMustHold(double pm25, double pm10, ComplianceStatus expected)
    {
        var programme = Programme("x.Values[0] <= x.Thresholds[0] && x.Values[1] <= x.Thresholds[1]", """{"indicators":["pm25","pm10"],"requirement":"combined","comparator":"<=","thresholds":{"target":{"pm25":35,"pm10":70}},"deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "pm25", 2023, pm25, Real), ("hill", "pm10", 2023, pm10, Real))));
        Assert.Equal(expected, row.Status);
        Assert.Contains("pm25 30 <= 35; pm10", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CompositeAll_AggregatesComponents()
    {
        var rules = System.Text.Json.Nodes.JsonNode.Parse("""
            [{"RuleName":"AGRI","Operator":"And","Properties":{"indicator":"straw","requirement":"all","deadline":2023,"source":{"document":"t","line":1,"item":"1","quote":"q"}},
              "Rules":[
                {"RuleName":"AGRI_straw","Expression":"x.Value >= x.Threshold","Properties":{"indicator":"straw","requirement":"threshold","comparator":">=","thresholds":{"target":90},"deadline":2023,"source":{"document":"t","line":1,"item":"1","quote":"q"}}},
                {"RuleName":"AGRI_manure","Expression":"x.Value >= x.Threshold","Properties":{"indicator":"manure","requirement":"threshold","comparator":">=","thresholds":{"target":75},"deadline":2023,"source":{"document":"t","line":1,"item":"1","quote":"q"}}}]}]
            """)!.AsArray();
        var table = Evaluate(Parse(rules), Table(("hill", "straw", 2023, 92.0, Real), ("hill", "manure", 2023, 70.0, Real)));
        Assert.Equal(["AGRI_straw", "AGRI_manure", "AGRI"], table.Select(r => r.Rule));
        Assert.Equal([ComplianceStatus.Met, ComplianceStatus.NotMet, ComplianceStatus.NotMet], table.Select(r => r.Status));
        Assert.Contains("manure NotMet", table[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BrokenRule_YieldsErrorAndOthersStillRun()
    {
        var rules = System.Text.Json.Nodes.JsonNode.Parse("""
            [{"RuleName":"BAD","Expression":"x.Valeu >= x.Threshold","Properties":{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023,"source":{"document":"t","line":1,"item":"1","quote":"q"}}},
             {"RuleName":"UNKNOWN","Expression":"x.Value >= x.Threshold","Properties":{"indicator":"forrest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023,"source":{"document":"t","line":1,"item":"1","quote":"q"}}},
             {"RuleName":"GOOD","Expression":"x.Value >= x.Threshold","Properties":{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023,"source":{"document":"t","line":1,"item":"1","quote":"q"}}}]
            """)!.AsArray();
        var table = Evaluate(Parse(rules), Table(("hill", "forest", 2023, 50.0, Real)));
        Assert.Equal(ComplianceStatus.Error, table[0].Status);
        Assert.Contains("Valeu", table[0].Message, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.Error, table[1].Status);
        Assert.Contains("did you mean 'forest'", table[1].Message, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.Met, table[2].Status);
    }

    [Fact]
    public void Evaluate_SyntheticInput_IsMarkedInMessage()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""");
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2023, 45.0, "synthetic"))));
        Assert.True(row.IsSynthetic);
        Assert.StartsWith("[synthetic data]", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoDeadline_UsesLatestYearWithData()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44}}""");
        var row = Single(Evaluate(programme, Table(("hill", "forest", 2019, 40.0, Real), ("hill", "forest", 2021, 45.0, Real), ("hill", "pm25", 2024, 30.0, Real))));
        Assert.Equal(2021, row.Year);
    }

    [Fact]
    public void Evaluate_YearsAndCounties_EvaluateEveryCombination()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""");
        var table = Evaluate(programme, Table(("hill", "forest", 2022, 45.0, Real), ("peak", "forest", 2023, 40.0, Real)), new EvaluationOptions { Counties = ["hill", "peak"], Years = [2022, 2023] });
        Assert.Equal(4, table.Count);
        Assert.Equal(["Met", "NoData", "NoData", "NotMet"], table.Select(r => r.Status.ToString()));
    }

    [Fact]
    public void ToDataFrame_HasExactlyTheDocumentedColumns()
    {
        var programme = Programme("x.Value >= x.Threshold", """{"indicator":"forest","requirement":"threshold","comparator":">=","thresholds":{"target":44},"deadline":2023}""");
        var frame = Evaluate(programme, Table(("hill", "forest", 2023, 45.0, Real))).ToDataFrame();
        Assert.Equal(ComplianceTable.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal("Met", frame.Columns["status"][0]);
        Assert.Equal(1.0, (double)frame.Columns["gap"][0]!, 9);
    }
}
