using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Forecasting.Targets;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Progress;

public class ProjectedFractionTests
{
    [Fact]
    public void Assess_VectorA_MatchesWorkedVector()
    {
        var verdict = ProjectedFraction.Assess([(2015, 50.0), (2020, 55)], new Target(60, 2030, Direction.HigherIsBetter));

        Assert.Equal(66.55, Some.Round(verdict.ProjectedValue!.Value, 2));
        Assert.Equal(1.655, Some.Round(verdict.Statistic!.Value, 3));
        Assert.Equal(3, verdict.Score);
        Assert.Equal(ProgressCategory.OnTrack, verdict.Category);
        Assert.Equal("Target met or on track", verdict.Label);
        Assert.Equal(ProgressMethod.UnsdProjectedFraction, verdict.Method);
    }

    [Theory]
    [InlineData(51.0, 2, ProgressCategory.ModerateProgress)]
    [InlineData(50.1, 1, ProgressCategory.LimitedProgress)]
    [InlineData(49.0, 1, ProgressCategory.LimitedProgress)]
    public void Assess_SlowerPaces_LowerTiers(double latest, int score, ProgressCategory category)
    {
        var verdict = ProjectedFraction.Assess([(2015, 50.0), (2020, latest)], new Target(60, 2030, Direction.HigherIsBetter));

        Assert.Equal(score, verdict.Score);
        Assert.Equal(category, verdict.Category);
    }

    [Fact]
    public void Assess_LatestMeetsTarget_Achieved()
    {
        var verdict = ProjectedFraction.Assess([(2016, 73.0), (2023, 45.3)], new Target(48.5, 2023, Direction.LowerIsBetter));

        Assert.Equal(ProgressCategory.TargetAchieved, verdict.Category);
        Assert.Equal(3, verdict.Score);
    }

    [Fact]
    public void Assess_WithinOnePointOfHundredPercent_Achieved()
    {
        var verdict = ProjectedFraction.Assess([(2015, 90.0), (2020, 99.2)], new Target(100, 2030, Direction.HigherIsBetter, ValueRange.Percent));

        Assert.Equal(ProgressCategory.TargetAchieved, verdict.Category);
        Assert.Contains("within 1 point", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_WithinOnePointOfZeroPercent_Achieved()
    {
        var verdict = ProjectedFraction.Assess([(2015, 12.0), (2020, 0.8)], new Target(0, 2030, Direction.LowerIsBetter, ValueRange.Percent));

        Assert.Equal(ProgressCategory.TargetAchieved, verdict.Category);
    }

    [Fact]
    public void Assess_HundredPercentTargetNotClose_UsesShortfall()
    {
        var verdict = ProjectedFraction.Assess([(2015, 80.0), (2020, 90)], new Target(100, 2030, Direction.HigherIsBetter, ValueRange.Percent));

        // Shortfall 20 → 10 halves every 5 years: 2.5 by 2030; F = (2.5 − 20)/(0.001 − 20).
        Assert.Equal(2.5, verdict.ProjectedValue!.Value, 9);
        Assert.Equal((2.5 - 20) / (0.001 - 20), verdict.Statistic!.Value, 12);
        Assert.Equal(ProgressCategory.ModerateProgress, verdict.Category);
    }

    [Fact]
    public void Assess_OnePoint_NoData()
    {
        Assert.Equal(ProgressCategory.NoData, ProjectedFraction.Assess([(2020, 55.0)], new Target(60, 2030, Direction.HigherIsBetter)).Category);
    }
}
