using EcoAnalytics.Evaluation;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Outlook;

/// <summary>What to forecast and how.</summary>
public sealed record ForecastOptions
{
    /// <summary>Trend model; <see cref="TrendModel.Auto"/> chooses per series.</summary>
    public TrendModel Model { get; init; } = TrendModel.Auto;

    /// <summary>Nominal coverage of the projection interval, in (0, 1). Default 0.8.</summary>
    public double Level { get; init; } = 0.8;

    /// <summary>Counties, threshold set and overrides, exactly as for evaluation (years are not used: each rule is projected to its deadline).</summary>
    public EvaluationOptions Evaluation { get; init; } = EvaluationOptions.Default;

    /// <summary>Deadline for rules whose source gives none; <c>null</c> to report them without a deadline.</summary>
    public int? DefaultDeadline { get; init; }

    /// <summary>The defaults: Auto model, 80 % intervals, programme county, default thresholds.</summary>
    public static ForecastOptions Default { get; } = new();
}
