using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Frames;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;
using EcoAnalytics.WhatIf;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static EcoAnalytics.Tests.Support.RuleFixtures;

namespace EcoAnalytics.Tests.WhatIf;

public sealed class ThresholdSweepTests
{
    /// <summary>For a higher-is-better comparator nothing may rise with the threshold; for lower-is-better nothing may fall.</summary>
    internal static string? MonotonicityViolation(IReadOnlyList<SweepRow> rows)
    {
        foreach (var series in rows.GroupBy(r => (r.County, r.Programme, r.Rule, r.Indicator)))
        {
            var ordered = series.OrderBy(r => r.Threshold).ToList();
            var sign = ordered[0].Comparator switch { ">=" or ">" => -1, "<=" or "<" => 1, _ => 0 };
            for (var i = 1; i < ordered.Count && sign != 0; i++)
            {
                var (before, after) = (ordered[i - 1], ordered[i]);
                if (before.MeetsNow is { } m0 && after.MeetsNow is { } m1 && sign * (Convert.ToInt32(m1) - Convert.ToInt32(m0)) < 0)
                {
                    return $"{series.Key}: meets now {m0} at {before.Threshold}, {m1} at {after.Threshold}";
                }

                if (before.ProbabilityMet is { } p0 && after.ProbabilityMet is { } p1 && sign * (p1 - p0) < -1e-12)
                {
                    return $"{series.Key}: P(met) {p0} at {before.Threshold}, {p1} at {after.Threshold}";
                }
            }
        }

        return null;
    }

    [Fact]
    public void BundledData_EveryThresholdRuleOfEveryProgramme_SweepsMonotonically()
    {
        var dataset = ThresholdComparisonTests.Bundled.Value.Dataset;
        var swept = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(EcoAnalytics.Tests.Rules.SeedTables.SeedTableFiles.RepoRoot, "rules"), "*-20*.json"))
        {
            var programme = CompiledProgramme.Load(file, dataset.Catalog).Value!;
            foreach (var code in programme.Programme.AllRules.Where(r => r.Requirement == Requirement.Threshold && r.Comparator != Comparator.Equal).Select(r => r.Indicator).Distinct())
            {
                var latest = dataset.Panel.Points(programme.Programme.County, code).Points;
                if (latest.Count == 0)
                {
                    continue;
                }

                var centre = latest[^1].Value;
                var step = Math.Max(Math.Abs(centre) / 20, 0.01);
                var sweep = ThresholdSweep.Run(programme, dataset, new ThresholdRange(code, centre - (10 * step), centre + (10 * step), step), new ForecastOptions { DefaultDeadline = ForecastOptions.PlanPeriodEnd });
                Assert.Null(MonotonicityViolation(sweep));
                swept += sweep.Count;
            }
        }

        Assert.True(swept > 1000, $"only {swept} rows swept");
    }

    [Fact]
    public void Dengfeng_ForestSweep_AgreesWithEvaluateAndForecastUnderTheSameOverride()
    {
        var (dataset, dengfeng) = ThresholdComparisonTests.Bundled.Value;
        var sweep = ThresholdSweep.Run(dengfeng, dataset, ThresholdRange.Parse("forest_grass_coverage=40:50:0.5"));
        Assert.Equal(21, sweep.Count);
        Assert.Equal(["D11_forest_grass_coverage"], sweep.Swept);
        Assert.Null(MonotonicityViolation(sweep));
        Assert.Contains(sweep, r => r.MeetsNow == true);
        Assert.Contains(sweep, r => r.MeetsNow == false);
        foreach (var row in sweep.Where((_, i) => i % 4 == 0))
        {
            var options = new EvaluationOptions { Overrides = [new ThresholdOverride("forest_grass_coverage", row.Threshold)] };
            var evaluated = ProgrammeEvaluator.Evaluate(dengfeng, dataset, options with { Years = [row.Year] }).Single(r => r.Rule == row.Rule);
            Assert.Equal((evaluated.Status, evaluated.Value), (row.Status, row.Value));
            var forecast = ProgrammeForecaster.Forecast(dengfeng, dataset, new ForecastOptions { Evaluation = options }).Single(f => f.Rule == row.Rule);
            Assert.Equal(forecast.ProbabilityMet, row.ProbabilityMet);
            Assert.Equal(dataset.Panel.Points("dengfeng", "forest_grass_coverage").Points[^1].Year, row.Year);
        }

        var frame = sweep.ToDataFrame();
        Assert.Equal(SweepTable.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal(sweep.Count, frame.Rows.Count);
    }

    [Fact]
    public void RuleThatComparesAgainstABaseline_IsNotSwept_AndSaysWhy()
    {
        var (dataset, dengfeng) = ThresholdComparisonTests.Bundled.Value;
        var sweep = ThresholdSweep.Run(dengfeng, dataset, ThresholdRange.Parse("D16a_eco_redline_area=1:3:1"));
        Assert.Empty(sweep);
        Assert.Contains("not decreasing", Assert.Single(sweep.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Range_IsFromPlusIStep_WithoutDrift()
    {
        Assert.Equal([0.1, 0.2, 0.3], ThresholdRange.Parse("x=0.1:0.3:0.1").Thresholds());
        Assert.Equal([0.0, 0.7, 1.4, 2.1, 2.8], new ThresholdRange("x", 0, 3, 0.7).Thresholds());
        Assert.Equal(1000, new ThresholdRange("x", 0, 99.9, 0.1).Thresholds().Count);
        Assert.Equal([5.0], new ThresholdRange("x", 5, 5, 1).Thresholds());
    }

    [Theory]
    [InlineData("x=1:2:0", "the step 0 must be greater than 0")]
    [InlineData("x=1:2:-1", "the step -1 must be greater than 0")]
    [InlineData("x=3:2:1", "from 3 is greater than to 2")]
    [InlineData("x=0:100:0.01", "gives 10001 thresholds; at most 1000")]
    [InlineData("x=1:2", "is not CODE=FROM:TO:STEP")]
    [InlineData("=1:2:1", "is not CODE=FROM:TO:STEP")]
    [InlineData("x=1,5:2:1", "'1,5' in 'x=1,5:2:1' is not a number")]
    public void Range_Unusable_IsRefusedWithAClearMessage(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => ThresholdRange.Parse(text));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        if (text.Contains("0.01", StringComparison.Ordinal))
        {
            Assert.Throws<ArgumentException>(() => new ThresholdRange("x", 0, 100, 0.01).Thresholds());
        }
    }
}

/// <summary>A one-rule programme on a generated series, and a range of thresholds around it.</summary>
public sealed record SweepCase(string Comparator, (int Year, double Value)[] Points, int Deadline, double From, double Step, int Steps)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Comparator} deadline {Deadline}, from {From} step {Step} × {Steps}; ") + string.Join(", ", Points.Select(p => FormattableString.Invariant($"({p.Year}, {p.Value})")));
}

public static class SweepArbitraries
{
    public static Arbitrary<SweepCase> Cases() =>
        Gen.Zip(Gen.Elements(">=", ">", "<=", "<"), Gen.Zip(Gen.Choose(3, 9), Gen.Choose(2016, 2030)))
            .SelectMany(t => Gen.Zip(Gen.ArrayOf(Gen.Choose(0, 10000), t.Item2.Item1), Gen.Zip(Gen.Choose(0, 10000), Gen.Zip(Gen.Choose(1, 800), Gen.Choose(1, 25))))
                .Select(u => new SweepCase(
                    t.Item1,
                    u.Item1.Select((v, i) => (2013 + i, v / 100.0)).ToArray(),
                    t.Item2.Item2,
                    u.Item2.Item1 / 100.0,
                    u.Item2.Item2.Item1 / 100.0,
                    u.Item2.Item2.Item2)))
            .ToArbitrary();
}

[Properties(Arbitrary = [typeof(SweepArbitraries)], MaxTest = 60)]
public class ThresholdSweepPropertyTests
{
    [Property]
    public bool Sweep_IsMonotoneInTheThreshold(SweepCase c)
    {
        var programme = Programme($"x.Value {c.Comparator} x.Threshold",
            $$"""{"indicator":"forest","requirement":"threshold","comparator":"{{c.Comparator}}","thresholds":{"target":50},"deadline":{{c.Deadline}}}""");
        var data = Table(c.Points.Select(p => ("hill", "forest", p.Year, (object)p.Value, "seed:test.txt#L1")).ToArray());
        var range = new ThresholdRange("forest", c.From, c.From + (c.Step * (c.Steps - 1)), c.Step);
        var sweep = ThresholdSweep.Run(CompiledProgramme.Compile(programme, EcoAnalytics.Tests.Support.RuleFixtures.Catalog), Dataset.FromTables(data), range);
        return sweep.Count == range.Thresholds().Count
            && sweep.All(r => r.MeetsNow is not null)
            && ThresholdSweepTests.MonotonicityViolation(sweep) is null;
    }
}
