using System.Globalization;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Backtesting;

/// <summary>Rolling-origin evaluation of a trend model on one series.</summary>
public static class Backtest
{
    /// <summary>
    /// Trains on the first k points for every k from <see cref="BacktestOptions.MinTrain"/> to n − 1, forecasts
    /// 1 … <see cref="BacktestOptions.MaxHorizon"/> years past the k-th year where that year is observed, and
    /// averages over all (origin, horizon) pairs: the protocol of R <c>forecast</c>'s rolling-origin comparisons.
    /// Origins whose fit fails (for example log-linear on a series with zeros) are skipped and counted in the message.
    /// </summary>
    /// <param name="series">(year, value) pairs; cleaned as by <see cref="Trend"/>.</param>
    /// <param name="model">The model to evaluate (Auto re-chooses at every origin).</param>
    /// <param name="options">Window, horizons, level and optional target; null for defaults.</param>
    public static BacktestResult RollingOrigin(IEnumerable<(int Year, double Value)> series, TrendModel model = TrendModel.Auto, BacktestOptions? options = null)
    {
        options ??= BacktestOptions.Default;
        options.Validate();
        var trendOptions = options.Trend ?? TrendOptions.Default;
        var points = SeriesData.Clean(SeriesData.ToArray(series), out var note).ToArray();
        var forecasts = new List<BacktestForecast>();
        var skipped = 0;
        for (var k = options.MinTrain; k < points.Length; k++)
        {
            var train = points.AsSpan(0, k);
            var fit = Trend.Fit(train, model, trendOptions);
            if (!fit.Success)
            {
                skipped++;
                continue;
            }

            var noChange = options.Target is null ? null : Trend.Fit(train, TrendModel.Naive, trendOptions);
            var origin = points[k - 1].Year;
            for (var j = k; j < points.Length && points[j].Year - origin <= options.MaxHorizon; j++)
            {
                var (year, actual) = points[j];
                double? p = null, pRef = null;
                if (options.Target is { } target)
                {
                    p = fit.ProbabilityMeets(year, target.Value, target.Direction);
                    pRef = noChange!.Success ? noChange.ProbabilityMeets(year, target.Value, target.Direction) : null;
                }

                forecasts.Add(new BacktestForecast(origin, k, year - origin, actual, fit.Model, fit.Predict(year, options.Level), p, pRef));
            }
        }

        return Summarise(model, forecasts, options.Target, skipped, note);
    }

    private static BacktestResult Summarise(TrendModel model, List<BacktestForecast> forecasts, BacktestTarget? target, int skipped, string? note)
    {
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{forecasts.Count} forecast(s) scored at {forecasts.Select(f => f.OriginYear).Distinct().Count()} origin(s)");
        if (skipped > 0)
        {
            message += string.Create(CultureInfo.InvariantCulture, $"; {skipped} origin(s) skipped because the fit failed");
        }

        if (note is not null)
        {
            message += "; " + note;
        }

        if (forecasts.Count == 0)
        {
            return new BacktestResult(model, forecasts, null, null, null, null, message + "; nothing to score (series shorter than MinTrain + 1)");
        }

        double? brier = null, noChange = null;
        if (target is { } t)
        {
            brier = forecasts.Average(f => Square(f.ProbabilityMet!.Value - (t.IsMet(f.Actual) ? 1 : 0)));
            var reference = forecasts.Where(f => f.NoChangeProbabilityMet is not null).ToList();
            noChange = reference.Count == 0 ? null : reference.Average(f => Square(f.NoChangeProbabilityMet!.Value - (t.IsMet(f.Actual) ? 1 : 0)));
        }

        return new BacktestResult(
            model,
            forecasts,
            forecasts.Average(f => f.AbsoluteError),
            forecasts.Count(f => f.Covered) / (double)forecasts.Count,
            brier,
            noChange,
            message);
    }

    private static double Square(double x) => x * x;
}
