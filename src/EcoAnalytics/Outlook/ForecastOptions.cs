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

    /// <summary>
    /// The deadline the CLI assumes for rules whose source gives none: 2025, the end of the 14th Five-Year Plan
    /// (2021–2025) that the bundled programmes belong to. The library assumes none unless <see cref="DefaultDeadline"/> is set.
    /// </summary>
    public const int PlanPeriodEnd = 2025;

    /// <summary>Deadline for rules whose source gives none; <c>null</c> to report them without a deadline.</summary>
    public int? DefaultDeadline { get; init; }

    /// <summary>The defaults: Auto model, 80 % intervals, programme county, default thresholds.</summary>
    public static ForecastOptions Default { get; } = new();
}
