using System.Text.Json;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Tests.WhatIf;
using EcoAnalytics.WhatIf;

namespace EcoAnalytics.Tests.Cli;

public sealed class WhatIfCommandTests
{
    private const string ComparisonHeader =
        "county,workflow,rule,indicator,year,value,comparator,deadline,setting_a,threshold_a,threshold_set_a,status_a,gap_a,p_met_a,"
        + "setting_b,threshold_b,threshold_set_b,status_b,gap_b,p_met_b,change,message,synthetic";

    private const string SweepHeader = "county,workflow,rule,indicator,sweep,threshold,comparator,threshold_set,year,value,status,meets_now,deadline,p_met,message,synthetic";

    [Fact]
    public void Dengfeng_Table_ShowsEveryRuleThatFlipsOrChangesAndTheSummary()
    {
        var (exit, output, error) = CliRunner.Run("whatif", "--county", "dengfeng", "--threshold-set", "standard");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var (dataset, dengfeng) = ThresholdComparisonTests.Bundled.Value;
        var comparison = ThresholdComparison.Compare(dengfeng, dataset, new EvaluationOptions { ThresholdSet = "standard" });
        Assert.Contains(comparison, r => r.Change == ThresholdChange.FlippedToMet);
        foreach (var row in comparison)
        {
            if (row.Changed)
            {
                Assert.Contains(row.Rule, output, StringComparison.Ordinal);
            }
            else if (row.Rule.Length > 0)
            {
                Assert.DoesNotContain(row.Rule + " ", output, StringComparison.Ordinal);
            }
        }

        Assert.Contains("leaves set", output, StringComparison.Ordinal);
        Assert.Contains("enters set", output, StringComparison.Ordinal);
        int Rules(params ThresholdChange[] changes) => comparison.Where(r => changes.Contains(r.Change)).Select(r => r.Rule).Distinct().Count();
        Assert.Contains(
            $"Dengfeng City, target → standard: {Rules(ThresholdChange.FlippedToMet)} rules flip to met, {Rules(ThresholdChange.FlippedToNotMet)} to not met, "
            + $"{Rules(ThresholdChange.ThresholdChanged)} thresholds change (status unchanged), 2 enter/leave the set",
            output,
            StringComparison.Ordinal);
        Assert.Contains("synthetic", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HasTheStableHeaderAndEveryRow()
    {
        var (exit, output, _) = CliRunner.Run("whatif", "--county", "dengfeng", "--threshold-set", "standard", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(ComparisonHeader, lines[0]);
        Assert.Equal(string.Join(",", ThresholdComparison.Columns), lines[0]);
        Assert.Equal(ThresholdComparisonTests.Bundled.Value.Dengfeng.AllRules.Count, lines.Length - 1);
        var d20b = Assert.Single(lines, l => l.StartsWith("dengfeng,dengfeng-provincial-2023,D20b_manure_utilization,", StringComparison.Ordinal));
        Assert.Contains(",target,95.1,target,NotMet,", d20b, StringComparison.Ordinal);
        Assert.Contains(",standard,75,standard,Met,", d20b, StringComparison.Ordinal);
        Assert.Contains(",flipped_to_met,", d20b, StringComparison.Ordinal);
        Assert.EndsWith(",synthetic", d20b, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ParsesWithTheColumnsAsProperties()
    {
        var (exit, output, _) = CliRunner.Run("whatif", "--county", "dengfeng", "--set", "D11_forest_grass_coverage=50", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(ThresholdComparison.Columns, r.EnumerateObject().Select(p => p.Name)));
        var changed = Assert.Single(rows, r => r.GetProperty("change").GetString() != "unchanged");
        Assert.Equal("D11_forest_grass_coverage", changed.GetProperty("rule").GetString());
        Assert.Equal("target + D11_forest_grass_coverage=50", changed.GetProperty("setting_b").GetString());
        Assert.Equal(50, changed.GetProperty("threshold_b").GetDouble());
        Assert.True(changed.GetProperty("synthetic").GetBoolean());
    }

    [Fact]
    public void Sweep_CsvHasTheStableHeader_OneRowPerThreshold_AndNothingElseOnStdout()
    {
        var (exit, output, _) = CliRunner.Run("whatif", "--county", "dengfeng", "--sweep", "forest_grass_coverage=40:50:0.5", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(SweepHeader, lines[0]);
        Assert.Equal(string.Join(",", SweepTable.Columns), lines[0]);
        Assert.Equal(21, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("dengfeng,dengfeng-provincial-2023,D11_forest_grass_coverage,forest_grass_coverage,forest_grass_coverage,", l, StringComparison.Ordinal));
        Assert.Contains(",true,", lines[1], StringComparison.Ordinal);   // 40: met now
        Assert.Contains(",false,", lines[^1], StringComparison.Ordinal); // 50: not met now
    }

    [Fact]
    public void Sweep_Json_Parses()
    {
        var (exit, output, _) = CliRunner.Run("whatif", "--sweep", "pm25=20:40:10", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.NotEmpty(json.RootElement.EnumerateArray());
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal(SweepTable.Columns, r.EnumerateObject().Select(p => p.Name)));
    }

    public static TheoryData<string[], string> UsageErrors() => new()
    {
        { ["whatif"], "--threshold-set NAME (e.g. standard), --set RULE_OR_INDICATOR=VALUE, or --sweep CODE=FROM:TO:STEP" },
        { ["whatif", "--county", "dengfeng"], "whatif needs something to compare" },
        { ["whatif", "--threshold-set", "nonsense"], "no programme has a threshold set 'nonsense'" },
        { ["whatif", "--set", "foo=1"], "no rule or indicator 'foo'" },
        { ["whatif", "--set", "forest_grass_coverag=60"], "did you mean 'forest_grass_coverage'" },
        { ["whatif", "--sweep", "forest_grass_coverag=40:50:1"], "--sweep forest_grass_coverag=40:50:1: no rule or indicator 'forest_grass_coverag' in the programmes evaluated (did you mean 'forest_grass_coverage'" },
        { ["whatif", "--sweep", "forest_grass_coverage=50:40:1"], "from 50 is greater than to 40" },
        { ["whatif", "--sweep", "forest_grass_coverage=40:50:0"], "the step 0 must be greater than 0" },
        { ["whatif", "--sweep", "forest_grass_coverage=0:100:0.01"], "at most 1000" },
        { ["whatif", "--sweep", "forest_grass_coverage=40"], "is not CODE=FROM:TO:STEP" },
        { ["whatif", "--county", "dengfeng", "--sweep", "D16a_eco_redline_area=1:3:1"], "nothing to sweep: dengfeng-provincial-2023: D16a_eco_redline_area not swept: it compares against its baseline value" },
        { ["whatif", "--county", "lushi", "--threshold-set", "standard"], "has a threshold set 'standard'" },
        { ["whatif", "--county", "dengfen", "--threshold-set", "standard"], "did you mean 'dengfeng'" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void Misuse_IsExitTwoWithOnePlainMessage(string[] args, string message)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }
}
