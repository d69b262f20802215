using System.Globalization;
using System.Text.Json;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Frames;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Rules.SeedTables;
using EcoAnalytics.WhatIf;

namespace EcoAnalytics.Tests.WhatIf;

/// <summary>The bundled Dengfeng programme under its two threshold sets, checked against the rule file and the data read directly.</summary>
public sealed class ThresholdComparisonTests
{
    internal static readonly Lazy<(Dataset Dataset, CompiledProgramme Dengfeng)> Bundled = new(() =>
    {
        var dataset = Dataset.LoadBundled();
        var dengfeng = CompiledProgramme.Load(Path.Combine(SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json"), dataset.Catalog).Value!;
        return (dataset, dengfeng);
    });

    private static ThresholdComparison TargetVersusStandard() =>
        ThresholdComparison.Compare(Bundled.Value.Dengfeng, Bundled.Value.Dataset, new EvaluationOptions { ThresholdSet = "standard" });

    /// <summary>
    /// Every numeric threshold rule of the file with both a target and a standard value, its comparator and deadline,
    /// read with System.Text.Json (not through ProgrammeReader), components included.
    /// </summary>
    private static List<(string Rule, string Indicator, string Comparator, double Target, double Standard, int Deadline)> NumericRules()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedTableFiles.RepoRoot, "rules", "dengfeng-provincial-2023.json")));
        var found = new List<(string, string, string, double, double, int)>();
        void Walk(JsonElement rules)
        {
            foreach (var rule in rules.EnumerateArray())
            {
                if (rule.TryGetProperty("Rules", out var nested))
                {
                    Walk(nested);
                }

                var p = rule.GetProperty("Properties");
                if (p.GetProperty("requirement").GetString() == "threshold"
                    && p.GetProperty("thresholds") is var t
                    && t.TryGetProperty("target", out var target) && target.ValueKind == JsonValueKind.Number
                    && t.TryGetProperty("standard", out var standard) && standard.ValueKind == JsonValueKind.Number)
                {
                    found.Add((rule.GetProperty("RuleName").GetString()!, p.GetProperty("indicator").GetString()!, p.GetProperty("comparator").GetString()!,
                        target.GetDouble(), standard.GetDouble(), p.GetProperty("deadline").GetInt32()));
                }
            }
        }

        Walk(json.RootElement.GetProperty("Rules"));
        return found;
    }

    /// <summary>Dengfeng's values straight from datasets/observations.csv (no quoted commas in the first four fields).</summary>
    private static Dictionary<(string Indicator, int Year), double> DengfengValues() =>
        File.ReadLines(Path.Combine(SeedTableFiles.RepoRoot, "datasets", "observations.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[0] == "dengfeng" && double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .ToDictionary(f => (f[1], int.Parse(f[2], CultureInfo.InvariantCulture)), f => double.Parse(f[3], CultureInfo.InvariantCulture));

    private static bool Holds(string comparator, double value, double threshold) => comparator switch
    {
        ">=" => value >= threshold,
        ">" => value > threshold,
        "<=" => value <= threshold,
        "<" => value < threshold,
        _ => throw new InvalidOperationException(comparator),
    };

    [Fact]
    public void Dengfeng_TargetVersusStandard_FlipsExactlyWhereTheTwoColumnsDisagreeOnTheData()
    {
        var values = DengfengValues();
        var numeric = NumericRules();
        var expectedToMet = new List<string>();
        var expectedToNotMet = new List<string>();
        foreach (var (rule, indicator, comparator, target, standard, deadline) in numeric)
        {
            if (!values.TryGetValue((indicator, deadline), out var value))
            {
                continue;
            }

            var (a, b) = (Holds(comparator, value, target), Holds(comparator, value, standard));
            (a == b ? null : b ? expectedToMet : expectedToNotMet)?.Add(rule);
        }

        Assert.NotEmpty(expectedToMet); // the bundled data must make the test able to fail
        var comparison = TargetVersusStandard();
        var numericNames = numeric.Select(r => r.Rule).ToHashSet();
        string[] Flipped(ThresholdChange change) => comparison.Where(r => r.Change == change && numericNames.Contains(r.Rule)).Select(r => r.Rule).Order().ToArray();
        Assert.Equal(expectedToMet.Order(), Flipped(ThresholdChange.FlippedToMet));
        Assert.Equal(expectedToNotMet.Order(), Flipped(ThresholdChange.FlippedToNotMet));

        // Every numeric rule with data is compared against exactly the two columns of the file.
        foreach (var (rule, _, _, target, standard, _) in numeric)
        {
            var row = Assert.Single(comparison, r => r.Rule == rule);
            Assert.Equal((target, standard), (row.A.Threshold, row.B.Threshold));
            Assert.Equal(("target", "standard"), (row.A.ThresholdSet, row.B.ThresholdSet));
        }
    }

    [Fact]
    public void Dengfeng_D12aLeavesAndD12bEntersTheSet_AndRowsSayNotInSetHonestly()
    {
        var comparison = TargetVersusStandard();
        var d12a = Assert.Single(comparison, r => r.Rule == "D12a_protected_species_protection_rate");
        Assert.Equal(ThresholdChange.LeftSet, d12a.Change);
        Assert.Equal(ComplianceStatus.NotInSet, d12a.B.Status);
        Assert.Null(d12a.B.Threshold);
        Assert.Null(d12a.B.Gap);
        Assert.Null(d12a.B.ProbabilityMet);
        Assert.Equal(96, d12a.A.Threshold);
        var d12b = Assert.Single(comparison, r => r.Rule == "D12b_biodiversity_protection");
        Assert.Equal(ThresholdChange.EnteredSet, d12b.Change);
        Assert.Equal(ComplianceStatus.NotInSet, d12b.A.Status);
        Assert.Contains("NotInSet (not part of threshold set 'target')", d12b.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_NamesBothSettings_AndSyntheticRowsAreMarked()
    {
        var comparison = TargetVersusStandard();
        Assert.Equal(("target", "standard"), (comparison.BaselineSetting, comparison.AlternativeSetting));
        Assert.All(comparison.Where(r => r.Rule.Length > 0), r =>
        {
            Assert.Contains("target ", r.Message, StringComparison.Ordinal);
            Assert.Contains("→ standard ", r.Message, StringComparison.Ordinal);
            Assert.Equal(r.IsSynthetic, r.Message.StartsWith(Sources.SyntheticMarker, StringComparison.Ordinal));
        });
        Assert.Contains(comparison, r => r.IsSynthetic);
    }

    [Fact]
    public void ProbabilityMet_IsTheOutlooksNumberUnderEachSetting()
    {
        var (dataset, dengfeng) = Bundled.Value;
        var comparison = TargetVersusStandard();
        var standard = ProgrammeForecaster.Forecast(dengfeng, dataset, new ForecastOptions { Evaluation = new EvaluationOptions { ThresholdSet = "standard" } });
        foreach (var f in standard.Where(f => f.ProbabilityMet is not null))
        {
            Assert.Equal(f.ProbabilityMet, Assert.Single(comparison, r => r.Rule == f.Rule && r.Indicator == f.Indicator).B.ProbabilityMet);
        }
    }

    [Theory]
    [InlineData("target", null)]
    [InlineData(null, "D11_forest_grass_coverage=44")]
    [InlineData(null, "forest_grass_coverage=44")]
    public void SettingThatChangesNothing_YieldsNoChangeAtAll(string? set, string? overrideText)
    {
        var (dataset, dengfeng) = Bundled.Value;
        var comparison = ThresholdComparison.Compare(dengfeng, dataset, new EvaluationOptions
        {
            ThresholdSet = set,
            Overrides = overrideText is null ? [] : [ThresholdOverride.Parse(overrideText)],
        });
        Assert.Equal(dengfeng.AllRules.Count, comparison.Count);
        Assert.Empty(comparison.Changed);
    }

    [Fact]
    public void OverrideThatMovesTheThresholdButNotTheStatus_IsThresholdChangedOnly()
    {
        var (dataset, dengfeng) = Bundled.Value;
        var value = ProgrammeEvaluator.Evaluate(dengfeng, dataset).Single(r => r.Rule == "D11_forest_grass_coverage").Value!.Value;
        var below = Math.Floor(value) - 1;   // still met, a different number
        var above = Math.Ceiling(value) + 1; // no longer met
        var moved = ThresholdComparison.Compare(dengfeng, dataset, new EvaluationOptions { Overrides = [new ThresholdOverride("D11_forest_grass_coverage", below)] });
        var row = Assert.Single(moved.Changed);
        Assert.Equal(("D11_forest_grass_coverage", ThresholdChange.ThresholdChanged, below), (row.Rule, row.Change, row.B.Threshold));
        Assert.Equal("target + D11_forest_grass_coverage=" + below.ToString(CultureInfo.InvariantCulture), moved.AlternativeSetting);
        var flipped = ThresholdComparison.Compare(dengfeng, dataset, new EvaluationOptions { Overrides = [new ThresholdOverride("forest_grass_coverage", above)] });
        Assert.Equal(ThresholdChange.FlippedToNotMet, Assert.Single(flipped.Changed).Change);
    }

    [Fact]
    public void DataFrame_HasExactlyTheColumnsAndOneRowPerComparisonRow()
    {
        var comparison = TargetVersusStandard();
        var frame = comparison.ToDataFrame();
        Assert.Equal(ThresholdComparison.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal(comparison.Count, frame.Rows.Count);
        var i = comparison.ToList().FindIndex(r => r.Change == ThresholdChange.FlippedToMet);
        Assert.Equal("flipped_to_met", frame["change"][i]);
        Assert.Equal(comparison[i].B.Threshold, frame["threshold_b"][i]);
        Assert.Equal(true, frame["synthetic"][i]);
    }
}
