using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Forecasting.Backtesting;

public class DatasetBacktestTests
{
    private static readonly Dataset Bundled = Dataset.Load(DatasetPaths.InFolder(Path.Combine(SeedTableFiles.RepoRoot, "datasets")));

    [Fact]
    public void Run_EveryRealSeries_EachDefaultModelInOrder()
    {
        var results = DatasetBacktest.Run(Bundled);

        Assert.NotEmpty(results);
        Assert.Equal(0, results.Count % DatasetBacktest.DefaultModels.Count);
        foreach (var series in results.Chunk(DatasetBacktest.DefaultModels.Count))
        {
            Assert.Equal(DatasetBacktest.DefaultModels, series.Select(r => r.Model));
            Assert.Single(series.Select(r => (r.County, r.Indicator, r.Points)).Distinct());
            Assert.All(series, r => Assert.True(r.Points >= 6));
        }

        var pm25 = results.First(r => r.County == "henan" && r.Indicator == "pm25");
        Assert.NotNull(pm25.Target);
        Assert.NotNull(pm25.Result.Brier);
    }

    [Fact]
    public void Run_OneModelAndOptions_AreHonoured()
    {
        var options = new BacktestOptions { Level = 0.5, MaxHorizon = 2 };
        var theta = DatasetBacktest.Run(Bundled, options, minPoints: 8, models: [TrendModel.Theta]);

        Assert.All(theta, r => Assert.Equal(TrendModel.Theta, r.Model));
        Assert.All(theta, r => Assert.True(r.Points >= 8));
        Assert.All(theta.SelectMany(r => r.Result.Forecasts), f => Assert.True(f.Horizon <= 2 && f.Interval.Level == 0.5));
    }
}
