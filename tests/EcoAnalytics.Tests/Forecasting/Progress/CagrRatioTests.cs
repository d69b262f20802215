using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Forecasting.Targets;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Progress;

public class CagrRatioTests
{
    /// <summary>progress-methods.md §11 vector A: x2015 = 50, x2020 = 55, target 60, higher is better.</summary>
    private static readonly (int Year, double Value)[] VectorA = [(2015, 50), (2020, 55)];

    [Theory]
    [InlineData(2025, 1.0460)]
    [InlineData(2030, 1.5737)]
    public void Assess_VectorA_RatioMatchesWorkedVector(int targetYear, double expected)
    {
        var verdict = CagrRatio.Assess(VectorA, new Target(60, targetYear, Direction.HigherIsBetter));

        Assert.Equal(expected, Some.Round(verdict.Statistic!.Value, 4));
        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
        Assert.Equal("Significant progress towards the target", verdict.Label);
        Assert.Equal(ProgressMethod.EurostatCagrRatio, verdict.Method);
        Assert.Equal(ProgressThresholds.CagrRatio, verdict.Thresholds);
        Assert.Contains("CAGR_observed 1.924 %", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_VectorAStatCan_Score3Point186()
    {
        var verdict = CagrRatio.Assess(VectorA, new Target(60, 2025, Direction.HigherIsBetter), CagrRatioScheme.StatCan);

        Assert.Equal("On track", verdict.Label);
        // The printed 3.186 scores the printed (rounded) R = 1.0460; the unrounded R = 1.0459527 scores 3.18538.
        Assert.Equal(3.186, Some.Round(StatCanScore.WithTarget(1.0460), 3));
        Assert.Equal(3.1854, Some.Round(verdict.Score!.Value, 4));
    }

    [Fact]
    public void Assess_VectorAUndp_OnTrack()
    {
        var verdict = CagrRatio.Assess(VectorA, new Target(60, 2025, Direction.HigherIsBetter), CagrRatioScheme.Undp);

        Assert.Equal(ProgressMethod.UndpCagrRatio, verdict.Method);
        Assert.Equal("On Track", verdict.Label);
        Assert.Equal(-0.1, verdict.Thresholds.Low);
    }

    [Fact]
    public void Assess_RatioBetweenUndpAndEurostatCutoffs_SchemesDisagree()
    {
        // R = 0.55: below Eurostat's 0.6 but above UNDP's 0.5.
        var required = Math.Pow(60.0 / 50, 1.0 / 15) - 1;
        (int, double)[] points = [(2015, 50), (2020, 50 * Math.Pow(1 + (0.55 * required), 5))];
        var target = new Target(60, 2030, Direction.HigherIsBetter);

        var eurostat = CagrRatio.Assess(points, target);
        var undp = CagrRatio.Assess(points, target, CagrRatioScheme.Undp);

        Assert.Equal(0.55, eurostat.Statistic!.Value, 9);
        Assert.Equal(ProgressCategory.LimitedProgress, eurostat.Category);
        Assert.Equal(ProgressCategory.ModerateProgress, undp.Category);
        Assert.Equal("Fair progress but acceleration needed", undp.Label);
    }

    [Fact]
    public void Assess_LowerIsBetterPm25_PositiveRatio()
    {
        var verdict = CagrRatio.Assess(Some.HenanPm25, new Target(35, 2030, Direction.LowerIsBetter), CagrRatioScheme.StatCan);

        // CAGR_a = (45.3/73)^(1/7) − 1 = −6.59 %; CAGR_r = (35/73)^(1/14) − 1 = −5.11 %.
        Assert.Equal(Math.Log(45.3 / 73) / 7 / (Math.Log(35.0 / 73) / 14), verdict.Statistic!.Value, 1);
        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
        Assert.True(verdict.Score > 2.5);
    }

    [Fact]
    public void Assess_LatestMeetsTarget_AchievedBeforeRatio()
    {
        var verdict = CagrRatio.Assess([(2015, 50.0), (2020, 61)], new Target(60, 2030, Direction.HigherIsBetter), CagrRatioScheme.StatCan);

        Assert.Equal(ProgressCategory.TargetAchieved, verdict.Category);
        Assert.Equal(5, verdict.Score);
        Assert.Null(verdict.Statistic);
    }

    [Fact]
    public void Assess_BaseMetButLatestDoesNot_Deterioration()
    {
        // Both CAGRs negative here would give a positive ratio; the rule catches it first.
        var verdict = CagrRatio.Assess([(2015, 62.0), (2020, 58)], new Target(60, 2030, Direction.HigherIsBetter), CagrRatioScheme.StatCan);

        Assert.Equal(ProgressCategory.Deterioration, verdict.Category);
        Assert.Equal(-5, verdict.Score);
    }

    [Fact]
    public void Assess_ZeroTargetLowerIsBetter_ReplacedAndStated()
    {
        var verdict = CagrRatio.Assess([(2015, 8.0), (2020, 4)], new Target(0, 2030, Direction.LowerIsBetter));

        Assert.Contains("target 0 replaced by 0.001", verdict.Message, StringComparison.Ordinal);
        var expected = (Math.Pow(0.5, 0.2) - 1) / (Math.Pow(0.001 / 8, 1.0 / 15) - 1);
        Assert.Equal(expected, verdict.Statistic!.Value, 12);
    }

    [Fact]
    public void Assess_ZeroBase_ReplacedAndStated()
    {
        var verdict = CagrRatio.Assess([(2015, 0.0), (2020, 20)], new Target(50, 2030, Direction.HigherIsBetter), options: new ProgressOptions { ZeroReplacement = 0.01 });

        Assert.Contains("base value 0 replaced by 0.01", verdict.Message, StringComparison.Ordinal);
        Assert.Equal(0.01, verdict.BaseValue);
        Assert.True(double.IsFinite(verdict.Statistic!.Value));
    }

    [Fact]
    public void Assess_HundredPercentTarget_ReExpressedAsShortfall()
    {
        var verdict = CagrRatio.Assess([(2015, 90.0), (2020, 95)], new Target(100, 2030, Direction.HigherIsBetter, ValueRange.Percent));

        Assert.Contains("shortfall 100 − x", verdict.Message, StringComparison.Ordinal);
        Assert.Equal(10, verdict.BaseValue);
        Assert.Equal(5, verdict.LatestValue);
        var expected = (Math.Pow(0.5, 0.2) - 1) / (Math.Pow(0.001 / 10, 1.0 / 15) - 1);
        Assert.Equal(expected, verdict.Statistic!.Value, 12);
        Assert.Equal(ProgressCategory.LimitedProgress, verdict.Category);
    }

    [Fact]
    public void Assess_MixedSigns_NotApplicable()
    {
        var verdict = CagrRatio.Assess([(2015, -2.0), (2020, 3)], new Target(5, 2030, Direction.HigherIsBetter));

        Assert.Equal(ProgressCategory.NotApplicable, verdict.Category);
        Assert.Contains("one sign", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_AllNegative_MirroredWithDirectionFlipped()
    {
        // A balance rising from −10 to −5 towards −2 is progress: mirrored it is 10 → 5 towards 2, lower is better.
        var verdict = CagrRatio.Assess([(2015, -10.0), (2020, -5)], new Target(-2, 2025, Direction.HigherIsBetter));

        Assert.Contains("mirrored", verdict.Message, StringComparison.Ordinal);
        Assert.True(verdict.Statistic > 0);
    }

    [Fact]
    public void Assess_OnePoint_NoData()
    {
        var verdict = CagrRatio.Assess([(2020, 55.0)], new Target(60, 2025, Direction.HigherIsBetter));

        Assert.Equal(ProgressCategory.NoData, verdict.Category);
        Assert.Contains("1 usable point", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_BaseYearMissing_UsesFirstLaterYear()
    {
        var verdict = CagrRatio.Assess([(2013, 40.0), (2016, 50), (2020, 55)], new Target(60, 2030, Direction.HigherIsBetter), options: new ProgressOptions { BaseYear = 2015 });

        Assert.Equal(2016, verdict.BaseYear);
    }

    [Fact]
    public void Assess_TargetYearPassed_EvaluatedUpToIt()
    {
        var verdict = CagrRatio.Assess([(2015, 50.0), (2020, 55), (2023, 57)], new Target(60, 2020, Direction.HigherIsBetter));

        Assert.Equal(2020, verdict.LatestYear);
        Assert.Contains("has passed", verdict.Message, StringComparison.Ordinal);
    }
}
