using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Forecasting.Backtesting;

/// <summary>One scored forecast of a rolling-origin backtest.</summary>
/// <param name="OriginYear">The last training year.</param>
/// <param name="TrainPoints">How many points the model was trained on.</param>
/// <param name="Horizon">Years ahead of the origin.</param>
/// <param name="Actual">The observed value in <c>Interval.Year</c>.</param>
/// <param name="Model">The model fitted (what Auto chose, when Auto was asked for).</param>
/// <param name="Interval">The forecast interval at the backtest level.</param>
/// <param name="ProbabilityMet">The model's P(target met in that year); null without a target.</param>
/// <param name="NoChangeProbabilityMet">The no-change (naive) forecast's P(target met); null without a target.</param>
public sealed record BacktestForecast(
    int OriginYear,
    int TrainPoints,
    int Horizon,
    double Actual,
    TrendModel Model,
    Interval Interval,
    double? ProbabilityMet,
    double? NoChangeProbabilityMet)
{
    /// <summary>|Actual − Median|.</summary>
    public double AbsoluteError => Math.Abs(Actual - Interval.Median);

    /// <summary>Whether the interval contains the actual value.</summary>
    public bool Covered => Interval.Contains(Actual);
}

/// <summary>
/// Rolling-origin accuracy: mean absolute error of the central projection and empirical coverage of the
/// intervals over all (origin, horizon) pairs, and optionally the Brier score of "target met in that year"
/// next to the no-change forecast's Brier score. Statistics are null when there was nothing to score.
/// </summary>
/// <param name="Requested">The model asked for.</param>
/// <param name="Forecasts">The scored forecasts, in origin then horizon order.</param>
/// <param name="MeanAbsoluteError">Mean |actual − projection|; null when <paramref name="Forecasts"/> is empty.</param>
/// <param name="Coverage">Share of actual values inside the intervals; null when empty.</param>
/// <param name="Brier">Mean (p − met)² of the model; null without a target or forecasts.</param>
/// <param name="NoChangeBrier">The same for the no-change forecast; null without a target or forecasts.</param>
/// <param name="Message">What was scored and what was skipped.</param>
public sealed record BacktestResult(
    TrendModel Requested,
    IReadOnlyList<BacktestForecast> Forecasts,
    double? MeanAbsoluteError,
    double? Coverage,
    double? Brier,
    double? NoChangeBrier,
    string Message)
{
    /// <summary>Brier skill 1 − Brier/NoChangeBrier (positive = better than no change); null when undefined.</summary>
    public double? BrierSkill => Brier is { } b && NoChangeBrier is { } r && r > 0 ? 1 - (b / r) : null;
}
