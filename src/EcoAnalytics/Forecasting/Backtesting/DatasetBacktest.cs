using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Internal;

namespace EcoAnalytics.Forecasting.Backtesting;

/// <summary>The rolling-origin backtest of one model on one real series of a dataset.</summary>
/// <param name="County">County id.</param>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Points">Real (never synthetic) observations in the series.</param>
/// <param name="FirstYear">The first observed year.</param>
/// <param name="LastYear">The last observed year.</param>
/// <param name="Model">The model backtested (Auto re-chooses at every origin).</param>
/// <param name="Target">The latest assigned target of the series, scored by the Brier score; null when none is assigned.</param>
/// <param name="Result">The scores.</param>
public sealed record SeriesBacktest(
    string County,
    string Indicator,
    int Points,
    int FirstYear,
    int LastYear,
    TrendModel Model,
    double? Target,
    BacktestResult Result);

/// <summary>Rolling-origin backtests of trend models on every real multi-year series of a dataset.</summary>
public static class DatasetBacktest
{
    /// <summary>The models backtested by default, in report order: naive, drift, linear, damped, theta, auto.</summary>
    public static IReadOnlyList<TrendModel> DefaultModels { get; } =
        [TrendModel.Naive, TrendModel.Drift, TrendModel.Linear, TrendModel.Damped, TrendModel.Theta, TrendModel.Auto];

    /// <summary>
    /// Backtests each model on every county × numeric or count indicator with at least <paramref name="minPoints"/>
    /// real observations (synthetic values are left out), within the indicator's range, scoring the latest assigned
    /// target where one exists. Series in county then indicator order, models in the given order.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Window, horizons and level; its <c>Trend</c> and <c>Target</c> are set per series. Null for defaults.</param>
    /// <param name="minPoints">Only series with at least this many real points.</param>
    /// <param name="models">The models; null for <see cref="DefaultModels"/>.</param>
    public static IReadOnlyList<SeriesBacktest> Run(Dataset dataset, BacktestOptions? options = null, int minPoints = 6, IReadOnlyList<TrendModel>? models = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= BacktestOptions.Default;
        models ??= DefaultModels;
        var panel = dataset.Panel;
        var results = new List<SeriesBacktest>();
        foreach (var county in panel.Counties)
        {
            foreach (var indicator in panel.Indicators.Where(i => i.Kind != IndicatorKind.Status))
            {
                var points = panel.Years
                    .Select(y => panel.Cell(county.Id, indicator.Code, y))
                    .Where(cell => cell is { IsSynthetic: false })
                    .Select(cell => (cell!.Year, cell.Value))
                    .ToList();
                if (points.Count < minPoints)
                {
                    continue;
                }

                var target = LatestAssigned(dataset, county.Id, indicator.Code);
                var seriesOptions = options with
                {
                    Trend = new TrendOptions { Range = indicator.Range },
                    Target = target is { } t ? new BacktestTarget(t, indicator.Direction) : null,
                };
                var decimals = points.Max(p => Precision.Decimals(p.Value));
                foreach (var model in models)
                {
                    var result = Rounded(Backtest.RollingOrigin(points, model, seriesOptions), decimals);
                    results.Add(new SeriesBacktest(county.Id, indicator.Code, points.Count, points[0].Year, points[^1].Year, model, target, result));
                }
            }
        }

        return results;
    }

    /// <summary>
    /// The scores to the data's precision (issue 12): the mean absolute error, in the series' unit, to
    /// <see cref="Precision.SlopeExtraDecimals"/> more decimals than the values; coverage and Brier scores to
    /// <see cref="Precision.SignificantDigits"/> significant digits. The forecasts themselves are left as computed.
    /// </summary>
    private static BacktestResult Rounded(BacktestResult result, int decimals) => result with
    {
        MeanAbsoluteError = result.MeanAbsoluteError is { } mae ? Precision.Round(mae, decimals + Precision.SlopeExtraDecimals) : null,
        Coverage = Precision.Significant(result.Coverage),
        Brier = Precision.Significant(result.Brier),
        NoChangeBrier = Precision.Significant(result.NoChangeBrier),
    };

    private static double? LatestAssigned(Dataset dataset, string county, string indicator)
    {
        var assigned = dataset.AssignedPanel;
        return assigned.Years.Reverse().Select(y => assigned.Cell(county, indicator, y)?.Value).FirstOrDefault(v => v is not null);
    }
}
