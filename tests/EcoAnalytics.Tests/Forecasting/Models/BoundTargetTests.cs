using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Tests.Forecasting.Models;

/// <summary>A target at the bound of a bounded indicator (100 % of a percentage) on the logit scale.</summary>
public sealed class BoundTargetTests
{
    private static readonly TrendOptions Percent = new() { Range = ValueRange.Percent };

    [Fact]
    public void SeriesAtOneHundred_CanMeetOneHundred()
    {
        // Values at the bound are read ε·width inside it; a target at the bound is reached at that nudged bound.
        var fit = Trend.Fit([(2019, 99.5), (2020, 100), (2021, 100), (2022, 100), (2023, 100)], TrendModel.Auto, Percent);
        Assert.True(fit.Success);
        var p = fit.ProbabilityAtLeast(2025, 100);
        Assert.InRange(p, 0.3, 1.0);
        Assert.Equal(p, fit.ProbabilityAtLeast(2025, 99.95), 12); // within the nudge: the same event
        Assert.True(fit.ProbabilityAtLeast(2025, 99) >= p);
    }

    [Fact]
    public void SeriesFarBelow_StillCannotReachTheBound()
    {
        var fit = Trend.Fit([(2019, 60), (2020, 61), (2021, 60.5), (2022, 61.5), (2023, 61)], TrendModel.Auto, Percent);
        Assert.True(fit.ProbabilityAtLeast(2025, 100) < 0.01, $"P = {fit.ProbabilityAtLeast(2025, 100)}");
    }

    [Fact]
    public void SeriesAtZero_CanMeetZeroFromAbove()
    {
        var fit = Trend.Fit([(2019, 0.4), (2020, 0), (2021, 0), (2022, 0), (2023, 0)], TrendModel.Auto, Percent);
        Assert.InRange(fit.ProbabilityAtMost(2025, 0), 0.3, 1.0);
    }

    [Fact]
    public void UntransformedModels_AreUnchanged()
    {
        var fit = Trend.Fit([(2019, 99.5), (2020, 100), (2021, 99.8), (2022, 100), (2023, 99.9)], TrendModel.Linear, Percent);
        Assert.Equal(fit.Distribution(2025).ProbabilityAtLeast(100), fit.ProbabilityAtLeast(2025, 100), 15);
    }
}
