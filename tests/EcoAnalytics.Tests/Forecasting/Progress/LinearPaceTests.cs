using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Forecasting.Targets;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Progress;

public class LinearPaceTests
{
    [Fact]
    public void Assess_VectorA_Ratio1Point50OnTrack()
    {
        var verdict = LinearPace.Assess([(2015, 50.0), (2020, 55)], new Target(60, 2030, Direction.HigherIsBetter));

        Assert.Equal(1.50, Some.Round(verdict.Statistic!.Value, 2));
        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
        Assert.StartsWith("↑", verdict.Label, StringComparison.Ordinal);
        Assert.Contains("required 0.666667/yr", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(53.0, ProgressCategory.ModerateProgress, "➚")]
    [InlineData(51.5, ProgressCategory.LimitedProgress, "→")]
    [InlineData(50.0, ProgressCategory.LimitedProgress, "→")]
    [InlineData(49.0, ProgressCategory.Deterioration, "↓")]
    public void Assess_Paces_Arrows(double latest, ProgressCategory category, string arrow)
    {
        // Required 2/3 per year; 53 → 0.6/yr (90 %), 51.5 → 0.3/yr (45 %), 50 → 0, 49 → decreasing.
        var verdict = LinearPace.Assess([(2015, 50.0), (2020, latest)], new Target(60, 2030, Direction.HigherIsBetter));

        Assert.Equal(category, verdict.Category);
        Assert.StartsWith(arrow, verdict.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LowerIsBetterImproving_OnTrack()
    {
        var verdict = LinearPace.Assess(Some.HenanPm25, new Target(35, 2030, Direction.LowerIsBetter));

        // Observed (45.3 − 73)/7 = −3.96/yr; required (35 − 73)/14 = −2.71/yr.
        Assert.Equal((45.3 - 73) / 7 / ((35.0 - 73) / 14), verdict.Statistic!.Value, 12);
        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
    }

    [Fact]
    public void Assess_AboveGreenThreshold_MaintainingAchievement()
    {
        var verdict = LinearPace.Assess([(2015, 70.0), (2020, 65)], new Target(60, 2030, Direction.HigherIsBetter));

        Assert.Equal(ProgressCategory.TargetAchieved, verdict.Category);
        Assert.Contains("maintaining", verdict.Label, StringComparison.Ordinal);
    }
}
