using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Progress;

public class NoTargetCagrTests
{
    private static (int, double)[] Growing(double cagr) => [(2015, 100.0), (2020, 100 * Math.Pow(1 + cagr, 5))];

    [Fact]
    public void Assess_Eurostat1Point2Percent_SignificantProgress()
    {
        var verdict = NoTargetCagr.Assess(Growing(0.012), Direction.HigherIsBetter);

        Assert.Equal(0.012, verdict.Statistic!.Value, 12);
        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
        Assert.Equal("Significant progress towards SD objectives", verdict.Label);
        Assert.Equal(ProgressMethod.EurostatNoTarget, verdict.Method);
    }

    [Fact]
    public void Assess_EurostatLowerIsBetterRising_ModerateMovementAway()
    {
        var verdict = NoTargetCagr.Assess(Growing(0.005), Direction.LowerIsBetter);

        Assert.Equal(-0.005, verdict.Statistic!.Value, 12);
        Assert.Equal(ProgressCategory.Deterioration, verdict.Category);
        Assert.Equal("Moderate movement away from SD objectives", verdict.Label);
    }

    [Theory]
    [InlineData(0.012, 1.75, ProgressCategory.ModerateProgress)]
    [InlineData(0.003, -1.0, ProgressCategory.LimitedProgress)]
    [InlineData(-0.01, -3.75, ProgressCategory.Deterioration)]
    [InlineData(0.019245, 4.6225, ProgressCategory.OnTrack)]
    public void Assess_StatCan_ScoreAndCategory(double cagr, double score, ProgressCategory category)
    {
        var verdict = NoTargetCagr.Assess(Growing(cagr), Direction.HigherIsBetter, NoTargetScheme.StatCan);

        Assert.Equal(score, Some.Round(verdict.Score!.Value, 4));
        Assert.Equal(category, verdict.Category);
    }

    [Fact]
    public void Assess_StatCanWithLimitScaling_ThresholdsShrink()
    {
        var verdict = NoTargetCagr.Assess(Growing(0.008), Direction.HigherIsBetter, NoTargetScheme.StatCan, new ProgressOptions { LimitScaling = 0.5 });

        Assert.Equal(0.0075, verdict.Thresholds.High, 12);
        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
        Assert.Equal(2.5 + (2.5 * (0.008 - 0.0075) / 0.0025), verdict.Score!.Value, 12);
    }

    [Fact]
    public void Assess_StatCanBaseAtLimit_OnTrackScore5()
    {
        var verdict = NoTargetCagr.Assess([(2015, 100.0), (2020, 100)], Direction.HigherIsBetter, NoTargetScheme.StatCan, new ProgressOptions { Range = ValueRange.Percent });

        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
        Assert.Equal(5, verdict.Score);
    }

    [Theory]
    [InlineData(0.025, 3)]
    [InlineData(0.01, 2)]
    [InlineData(0.002, 1)]
    [InlineData(-0.03, 1)]
    public void Assess_Unsd_Scores(double cagr, int score)
    {
        Assert.Equal(score, NoTargetCagr.Assess(Growing(cagr), Direction.HigherIsBetter, NoTargetScheme.Unsd).Score);
    }

    [Fact]
    public void Assess_UnsdDecreaseDesirable_Mirrored()
    {
        // PM2.5 falling 6.6 %/yr: adjusted +6.6 % ≥ 2 % → score 3.
        Assert.Equal(3, NoTargetCagr.Assess(Some.HenanPm25, Direction.LowerIsBetter, NoTargetScheme.Unsd).Score);
    }

    [Fact]
    public void Assess_ZeroBase_Replaced()
    {
        var verdict = NoTargetCagr.Assess([(2015, 0.0), (2020, 1)], Direction.HigherIsBetter);

        Assert.Contains("base value 0 replaced by 0.001", verdict.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(verdict.Statistic!.Value));
    }
}
