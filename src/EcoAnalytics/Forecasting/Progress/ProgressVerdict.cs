namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// One monitor's verdict on one series, tagged with the method and thresholds that produced it, so verdicts from
/// different monitors (which can disagree on the same data) can be reported side by side.
/// </summary>
/// <param name="Method">The method and monitor.</param>
/// <param name="Thresholds">The cut-offs used.</param>
/// <param name="Category">The comparable category.</param>
/// <param name="Label">The monitor's own wording for the category.</param>
/// <param name="Statistic">The compared quantity (R, F, pace ratio or adjusted CAGR); null when not computed.</param>
/// <param name="Score">StatCan score in [−5, 5] or UNSD score 1–3 where the method defines one; else null.</param>
/// <param name="BaseYear">The base year t0 used.</param>
/// <param name="BaseValue">The base value used (after any zero replacement or shortfall re-expression).</param>
/// <param name="LatestYear">The latest year t used.</param>
/// <param name="LatestValue">The latest value used (after any re-expression).</param>
/// <param name="Message">How the verdict was reached, including every adjustment made.</param>
public sealed record ProgressVerdict(
    ProgressMethod Method,
    ProgressThresholds Thresholds,
    ProgressCategory Category,
    string Label,
    double? Statistic,
    double? Score,
    int? BaseYear,
    double? BaseValue,
    int? LatestYear,
    double? LatestValue,
    string Message)
{
    /// <summary>The value projected for the target year by projection-based methods (UNSD x̂_T); null otherwise.</summary>
    public double? ProjectedValue { get; init; }
}
