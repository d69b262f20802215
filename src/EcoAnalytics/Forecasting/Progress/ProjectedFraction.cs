using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// UNSD Progress Chart 2023 (as implemented by EUSTAT): extrapolate the observed pace to the target year,
/// x̂_T = x_t·(1 + CAGR_a)^(T − t), and compare the projected change with the required change,
/// F = (x̂_T − x_0)/(x*_T − x_0). F ≥ 0.95: score 3 "target met or on track"; 0.10 ≤ F &lt; 0.95: score 2
/// "fair progress, acceleration needed"; F &lt; 0.10: score 1 "stagnation or regression". Exceptions (§3.1): the
/// latest value meeting the target is achieved; so is a percentage within 1 point of a 0 % or 100 % target
/// (a target whose bounds are (0, 100)). Works with two points.
/// </summary>
public static class ProjectedFraction
{
    /// <summary>Assesses progress towards <paramref name="target"/> by the projected-achievement fraction.</summary>
    /// <param name="points">(year, value) observations.</param>
    /// <param name="target">Target value, year T and direction; <c>Range = ValueRange.Percent</c> enables the 1-point rule.</param>
    /// <param name="options">Base year, zero replacement; null for defaults.</param>
    public static ProgressVerdict Assess(IEnumerable<(int Year, double Value)> points, Target target, ProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        const ProgressMethod method = ProgressMethod.UnsdProjectedFraction;
        var thresholds = ProgressThresholds.UnsdFraction;
        var list = SeriesData.ToArray(points);
        var inputs = ProgressInputs.Prepare(list, target, target.Direction, options ?? ProgressOptions.Default, growthRates: true, out var failure, out var reason);
        if (inputs is null)
        {
            return ProgressInputs.Failed(method, thresholds, failure, reason);
        }

        if (inputs.LatestMeets)
        {
            return inputs.Verdict(method, thresholds, ProgressCategory.TargetAchieved, "Target met", null, 3, "latest value meets the target");
        }

        if (WithinOnePointOfLimit(target, inputs))
        {
            return inputs.Verdict(method, thresholds, ProgressCategory.TargetAchieved, "Target met", null, 3, "within 1 point of a 0 % or 100 % target");
        }

        var years = inputs.LatestYear - inputs.BaseYear;
        var cagr = ProgressInputs.Cagr(inputs.BaseValue, inputs.LatestValue, years);
        var projected = inputs.LatestValue * Math.Pow(1 + cagr, target.Deadline - inputs.LatestYear);
        var needed = inputs.TargetValue - inputs.BaseValue;
        if (needed == 0 || inputs.BaseMeets)
        {
            return inputs.Verdict(method, thresholds, ProgressCategory.LimitedProgress, "Stagnation or regression", null, 1, "the base value met the target and the latest value no longer does");
        }

        var fraction = (projected - inputs.BaseValue) / needed;
        var (category, score, label) = fraction >= thresholds.High ? (ProgressCategory.OnTrack, 3, "Target met or on track")
            : fraction >= thresholds.Medium ? (ProgressCategory.ModerateProgress, 2, "Fair progress, acceleration needed")
            : (ProgressCategory.LimitedProgress, 1, "Stagnation or regression");
        var text = ProgressInputs.Invariant(
            $"CAGR {cagr:P3} ({inputs.BaseYear}–{inputs.LatestYear}) projects {projected:G6} in {target.Deadline}; F = ({projected:G6} − {inputs.BaseValue:G6}) / ({inputs.TargetValue:G6} − {inputs.BaseValue:G6}) = {fraction:F4}");
        return inputs.Verdict(method, thresholds, category, label, fraction, score, text) with { ProjectedValue = projected };
    }

    private static bool WithinOnePointOfLimit(Target target, ProgressInputs inputs)
    {
        if (target.Range != ValueRange.Percent || (target.Value != 0 && target.Value != 100))
        {
            return false;
        }

        // Inputs may be re-expressed as the shortfall 100 − x; the distance to the target is the same either way.
        var distance = target.Value == 100 && inputs.Direction != target.Direction
            ? inputs.LatestValue
            : Math.Abs(inputs.LatestValue - target.Value);
        return distance <= 1;
    }
}
