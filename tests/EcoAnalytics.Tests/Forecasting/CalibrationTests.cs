using System.Globalization;
using System.Text.RegularExpressions;
using EcoAnalytics.Forecasting;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Forecasting;

/// <summary>
/// Interval calibration on real short annual series: every annual series of R's <c>datasets</c> package (treering
/// from 1880), cut into non-overlapping 8-year windows (150 windows), each backtested as the Henan series are: train on
/// the first k ≥ 4 points, forecast h = 1–4 where observed, 1,200 forecasts in all. Data and provenance:
/// Forecasting/Calibration/README.md. Coverage is the share of forecasts inside the central interval.
/// </summary>
public partial class CalibrationTests
{
    private static readonly Lazy<(int Year, double Value)[][]> Series = new(LoadSeries);
    private static readonly Lazy<(int Year, double Value)[][]> Windows = new(() => Cut(8));

    /// <summary>
    /// Auto (Theta at these lengths) is calibrated within 5 points at every level. Its earlier maximum-likelihood
    /// form (σ² = SSE/n, normal) covered 23 %, 42 % and 58 % at 50, 80 and 95 %; R forecast 8.20's <c>thetaf</c>
    /// covers 55 % at 80 % on the same windows.
    /// </summary>
    [Theory]
    [InlineData(0.5, 0.463)]
    [InlineData(0.8, 0.823)]
    [InlineData(0.95, 0.966)]
    public void Auto_CoversAtTheStatedLevel(double level, double measured)
    {
        var coverage = Coverage(TrendModel.Auto, level, out var forecasts);

        Assert.Equal(1200, forecasts);
        Assert.Equal(measured, Some.Round(coverage, 3));
        Assert.InRange(coverage, level - 0.05, level + 0.05);
    }

    /// <summary>
    /// The other models' 80 % coverage, as a documented regression. The textbook OLS, drift and naive intervals
    /// include no allowance for a wrong model and under-cover on real series; damped (n − 5 degrees of freedom,
    /// only windows with ≥ 6 training points) is conservative.
    /// </summary>
    [Theory]
    [InlineData(TrendModel.Theta, 0.823, 1200)]
    [InlineData(TrendModel.Damped, 0.917, 360)]
    [InlineData(TrendModel.Naive, 0.703, 1200)]
    [InlineData(TrendModel.Drift, 0.613, 1200)]
    [InlineData(TrendModel.Linear, 0.578, 1200)]
    [InlineData(TrendModel.LogLinear, 0.554, 1150)]
    public void Models_CoverageAt80(TrendModel model, double measured, int expectedForecasts)
    {
        var coverage = Coverage(model, 0.8, out var forecasts);

        Assert.Equal(expectedForecasts, forecasts);
        Assert.Equal(measured, Some.Round(coverage, 3));
    }

    /// <summary>
    /// Why Auto keeps Theta up to 40 points: on 14-point windows (47 windows; train on the first 10–13 points,
    /// h = 1–4) AICc selection among Linear, LogLinear, Damped and Theta is less accurate than Theta alone, in mean
    /// absolute error scaled by the training window's mean absolute annual change (MASE), and under-covers.
    /// </summary>
    [Fact]
    public void LongerWindows_ThetaBeatsAiccSelection()
    {
        var theta = Score(14, new TrendOptions());
        var aicc = Score(14, new TrendOptions { AutoSelectionMinPoints = 10 });

        Assert.Equal((670, 0.770, 1.512), (theta.Forecasts, Some.Round(theta.Coverage, 3), Some.Round(theta.Mase, 3)));
        Assert.Equal((670, 0.625, 2.315), (aicc.Forecasts, Some.Round(aicc.Coverage, 3), Some.Round(aicc.Mase, 3)));
        Assert.True(theta.Mase < aicc.Mase && Math.Abs(theta.Coverage - 0.8) < Math.Abs(aicc.Coverage - 0.8));
    }

    private static (int Forecasts, double Coverage, double Mase) Score(int width, TrendOptions options)
    {
        var backtest = new BacktestOptions { Level = 0.8, MinTrain = width - 4, Trend = options };
        int count = 0, covered = 0;
        double scaled = 0;
        foreach (var window in Cut(width))
        {
            foreach (var f in Backtest.RollingOrigin(window, TrendModel.Auto, backtest).Forecasts)
            {
                // MASE: the error over the training window's mean absolute annual change.
                var scale = Enumerable.Range(1, f.TrainPoints - 1).Average(i => Math.Abs(window[i].Value - window[i - 1].Value));
                count++;
                covered += f.Covered ? 1 : 0;
                scaled += f.AbsoluteError / scale;
            }
        }

        return (count, covered / (double)count, scaled / count);
    }

    private static double Coverage(TrendModel model, double level, out int forecasts)
    {
        var options = new BacktestOptions { Level = level };
        int covered = 0, count = 0;
        foreach (var window in Windows.Value)
        {
            var result = Backtest.RollingOrigin(window, model, options);
            count += result.Forecasts.Count;
            covered += result.Forecasts.Count(f => f.Covered);
        }

        forecasts = count;
        return covered / (double)count;
    }

    private static (int Year, double Value)[][] Cut(int width)
    {
        var windows = new List<(int, double)[]>();
        foreach (var points in Series.Value)
        {
            for (var start = 0; start + width <= points.Length; start += width)
            {
                windows.Add(points[start..(start + width)]);
            }
        }

        return [.. windows];
    }

    private static (int Year, double Value)[][] LoadSeries()
    {
        var path = Path.Combine(SeedTableFiles.RepoRoot, "tests", "EcoAnalytics.Tests", "Forecasting", "Calibration", "r-datasets-annual.csv");
        var rows = File.ReadLines(path).Skip(1).Select(line =>
        {
            var m = Row().Match(line);
            Assert.True(m.Success, $"{path}: malformed row '{line}'");
            return (Series: m.Groups[1].Value, Year: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Value: double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        });
        return [.. rows.GroupBy(r => r.Series).Select(series => series.OrderBy(r => r.Year).Select(r => (r.Year, r.Value)).ToArray())];
    }

    [GeneratedRegex("""^"([^"]+)",(\d+),([^,]+),"[^"]*"$""")]
    private static partial Regex Row();
}
