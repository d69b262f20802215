using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Progress;
using EcoAnalytics.Forecasting.Targets;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Forecasting.Progress;

public class TimeDistanceTests
{
    [Fact]
    public void Assess_WorkedVector_TwoYearsBehind()
    {
        var result = TimeDistance.Assess([(2015, 50.0), (2020, 53)], new Target(60, 2025, Direction.HigherIsBetter));

        Assert.Equal(2, result.YearsBehind!.Value, 12);
        Assert.Equal(2018, result.PathYear!.Value, 12);
        Assert.Equal("Sicherl S-time-distance", result.Method);
        Assert.Contains("S = +2 years behind", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_LowerIsBetterAhead_Negative()
    {
        // Path 73 (2016) → 35 (2030): −2.714/yr; 45.3 is on the path in 2026.2, so 2023 is 3.2 years ahead.
        var result = TimeDistance.Assess(Some.HenanPm25, new Target(35, 2030, Direction.LowerIsBetter));

        Assert.Equal(2023 - (2016 + ((45.3 - 73) * 14 / (35 - 73))), result.YearsBehind!.Value, 12);
        Assert.True(result.YearsBehind < 0);
    }

    [Fact]
    public void Assess_FlatPath_NoDistance()
    {
        var result = TimeDistance.Assess([(2015, 60.0), (2020, 58)], new Target(60, 2025, Direction.HigherIsBetter));

        Assert.Null(result.YearsBehind);
        Assert.Contains("flat", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_OnePoint_StatesWhy()
    {
        var result = TimeDistance.Assess([(2020, 53.0)], new Target(60, 2025, Direction.HigherIsBetter));

        Assert.Null(result.YearsBehind);
        Assert.Contains("1 usable point", result.Message, StringComparison.Ordinal);
    }
}
