using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Targets;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Models;

public class ValueRangeTests
{
    private static readonly ValueRange NonNegative = new(0, double.PositiveInfinity);

    // Henan PM10 2016–2019: four points, so Theta's interval four years ahead is wide enough to cross zero.
    private static (int Year, double Value)[] Pm10FirstFour => Some.HenanPm10[..4];

    [Fact]
    public void Theta_FourPointsOfPm10_IntervalCensoredAtZeroProbabilitiesInsideUnchanged()
    {
        var free = Trend.Fit(Pm10FirstFour, TrendModel.Theta);
        var limited = Trend.Fit(Pm10FirstFour, TrendModel.Theta, new TrendOptions { Range = NonNegative });

        var raw = free.Predict(2023, 0.8);
        var censored = limited.Predict(2023, 0.8);
        Assert.True(raw.Lower < 0, $"the uncensored lower limit should be negative here, got {raw.Lower}");
        Assert.Equal(0, censored.Lower);
        Assert.Equal(raw.Upper, censored.Upper);
        Assert.Equal(raw.Median, censored.Median);
        Assert.Equal(raw.Distribution, censored.Distribution);
        Assert.Equal(NonNegative, limited.Range);

        // Inside the range every probability is the model's; at the limit the censored mass counts.
        Assert.Equal(free.ProbabilityAtMost(2023, 70), limited.ProbabilityAtMost(2023, 70));
        Assert.Equal(free.ProbabilityAtLeast(2023, 10), limited.ProbabilityAtLeast(2023, 10));
        Assert.True(free.ProbabilityAtLeast(2023, 0) < 1);
        Assert.Equal(1, limited.ProbabilityAtLeast(2023, 0));
        Assert.Equal(0, limited.ProbabilityAtMost(2023, -1));
        Assert.Equal(0, limited.ProbabilityMeets(2023, -1, Direction.LowerIsBetter));
    }

    [Fact]
    public void Linear_ForcedOnAPercentage_ProjectionStopsAt100()
    {
        (int, double)[] rising = [(2016, 90), (2017, 93), (2018, 95), (2019, 97)];
        var fit = Trend.Fit(rising, TrendModel.Linear, new TrendOptions { Range = ValueRange.Percent });

        Assert.Equal(new ValueRange(0, 100), fit.Range);
        Assert.Equal(100, fit.Project(2030));
        Assert.Equal(100, fit.Projection(2030));
        var interval = fit.Predict(2030, 0.95);
        Assert.Equal(100, interval.Upper);
        Assert.Equal(100, interval.Median);
        Assert.Equal(100, interval.Lower); // the line's whole 2030 interval lies above 100
        Assert.True(fit.Predict(2020, 0.95).Lower < 100);
        Assert.Equal(1, fit.ProbabilityAtMost(2030, 100));
        Assert.Equal(0, fit.ProbabilityAtLeast(2030, 100.5));
        Assert.True(Trend.Fit(rising, TrendModel.Linear).Project(2030) > 100, "without limits the line runs past 100");
    }

    [Fact]
    public void Attainment_CensoredInterval_SaysSo()
    {
        var target = new Target(70, 2023, Direction.LowerIsBetter);
        var options = new AttainmentOptions { Level = 0.8, Trend = new TrendOptions { Range = NonNegative } };

        var result = Attainment.Assess(Pm10FirstFour, target, options);

        Assert.Equal(0, result.AtDeadline!.Value.Lower);
        Assert.Contains("censored to the possible values ≥ 0", result.Message, StringComparison.Ordinal);
        var free = Attainment.Assess(Pm10FirstFour, target, options with { Trend = null });
        Assert.Equal(free.ProbabilityMet, result.ProbabilityMet);
        Assert.DoesNotContain("censored", free.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attainment_ValueAtTheLimitWithoutCensoring_SaysNothing()
    {
        // No black-odorous water bodies for four years: a point mass at 0, on the limit but never past it.
        (int, double)[] none = [(2018, 0), (2019, 0), (2020, 0), (2021, 0)];
        var options = new AttainmentOptions { Trend = new TrendOptions { Range = NonNegative } };

        var result = Attainment.Assess(none, new Target(0, 2025, Direction.LowerIsBetter), options);

        Assert.Equal(0, result.AtDeadline!.Value.Lower);
        Assert.DoesNotContain("censored", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_WithinTheRange_ScoresUnchanged()
    {
        var free = Backtest.RollingOrigin(Some.HenanPm10, TrendModel.Theta, new BacktestOptions());
        var limited = Backtest.RollingOrigin(Some.HenanPm10, TrendModel.Theta, new BacktestOptions { Trend = new TrendOptions { Range = NonNegative } });

        Assert.Equal(free.Coverage, limited.Coverage);
        Assert.Equal(free.MeanAbsoluteError, limited.MeanAbsoluteError);
    }

    [Theory]
    [InlineData(null, null, false, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData(0.0, null, false, 0, double.PositiveInfinity)]
    [InlineData(null, 100.0, false, double.NegativeInfinity, 100)]
    [InlineData(0.0, 100.0, true, 0, 100)]
    public void From_OptionalCatalogLimits(double? min, double? max, bool bounded, double expectedMin, double expectedMax)
    {
        var range = ValueRange.From(min, max);

        Assert.Equal(bounded, range.IsBounded);
        Assert.Equal(expectedMin, range.Min);
        Assert.Equal(expectedMax, range.Max);
    }

    [Fact]
    public void Indicator_ExposesItsCatalogRange()
    {
        Assert.Equal(ValueRange.Percent, Some.Catalog()["forest_coverage"].Range);
        Assert.Equal(NonNegative, Some.Catalog()["pm25"].Range);
        Assert.Equal(ValueRange.Unlimited, Some.Catalog()["eco_compensation_mechanism"].Range);
    }

    [Fact]
    public void ClampAndText()
    {
        Assert.Equal(0, NonNegative.Clamp(-3));
        Assert.Equal(5, NonNegative.Clamp(5));
        Assert.True(double.IsNaN(NonNegative.Clamp(double.NaN)));
        Assert.Equal("≥ 0", NonNegative.ToString());
        Assert.Equal("≤ 100", new ValueRange(double.NegativeInfinity, 100).ToString());
        Assert.Equal("0–100", new ValueRange(0, 100).ToString());
        Assert.Equal("unlimited", ValueRange.Unlimited.ToString());
        Assert.True(ValueRange.Unlimited.IsUnlimited);
        Assert.False(NonNegative.IsUnlimited);
        Assert.True(ValueRange.Percent.IsBounded);
        Assert.False(NonNegative.IsBounded);
        Assert.False(new ValueRange(5, 5).IsBounded);
        Assert.Equal(100, ValueRange.Percent.Width);
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(0, double.NegativeInfinity)]
    public void Options_InvalidRange_Throws(double min, double max)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendOptions { Range = new ValueRange(min, max) });
    }

    [Fact]
    public void Options_OneRange_BoundedGivesTheLogitScale_OpenOnlyCensors()
    {
        var bounded = Trend.Fit(Some.Fixture, TrendModel.Theta, new TrendOptions { Range = ValueRange.Percent });
        Assert.Equal(ValueRange.Percent, Assert.IsType<ThetaParameters>(bounded.Parameters).Bounds);
        Assert.Equal(ValueRange.Percent, bounded.Range);

        var open = Trend.Fit(Some.Fixture, TrendModel.Theta, new TrendOptions { Range = NonNegative });
        Assert.Null(Assert.IsType<ThetaParameters>(open.Parameters).Bounds);
        Assert.Equal(NonNegative, open.Range);
        Assert.Equal(ValueRange.Unlimited, Trend.Fit(Some.Fixture, TrendModel.Theta).Range);

        var logit = Trend.Fit(Some.Fixture, TrendModel.Logit);
        Assert.Equal(ValueRange.Percent, Assert.IsType<LogitParameters>(logit.Parameters).Bounds);
        Assert.Contains("bounds (0, 100) assumed", logit.Message, StringComparison.Ordinal);
        Assert.Equal(ValueRange.Unlimited, logit.Range);
    }
}
