using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// SDSN SDG Index trend arrows: observed pace (x_t − x_0)/(t − t0) against the linear pace required to reach the
/// target, (x* − x_0)/(T − t0), both in units per year. Ratio ≥ 1: ↑ on track; moving the right way at more than
/// 50 % of the required pace: ➚; moving the right way at 50 % or less (or not moving): → stagnating; moving the wrong
/// way: ↓ decreasing. A latest value meeting the target is ↑ "maintaining achievement". SDSN applies this to scores
/// normalised linearly to 0–100; the ratio is unchanged by such a normalisation, so raw values are used (censoring
/// at 0 and 100 is not applied). Works with two points.
/// </summary>
public static class LinearPace
{
    /// <summary>Assesses the observed linear pace against the required one.</summary>
    /// <param name="points">(year, value) observations.</param>
    /// <param name="target">The target (SDSN: the green threshold) with its year and direction.</param>
    /// <param name="options">Base year; null for defaults.</param>
    public static ProgressVerdict Assess(IEnumerable<(int Year, double Value)> points, Target target, ProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        const ProgressMethod method = ProgressMethod.SdsnLinearPace;
        var thresholds = ProgressThresholds.SdsnPace;
        var inputs = ProgressInputs.Prepare(points, target, target.Direction, options ?? ProgressOptions.Default, growthRates: false, out var failure, out var reason);
        if (inputs is null)
        {
            return ProgressInputs.Failed(method, thresholds, failure, reason);
        }

        if (inputs.LatestMeets)
        {
            return inputs.Verdict(method, thresholds, ProgressCategory.TargetAchieved, "↑ On track or maintaining SDG achievement", null, null, "latest value meets the target");
        }

        var observed = (inputs.LatestValue - inputs.BaseValue) / (inputs.LatestYear - inputs.BaseYear);
        var required = (inputs.TargetValue - inputs.BaseValue) / (target.Deadline - inputs.BaseYear);
        var sign = target.Direction == Direction.HigherIsBetter ? 1 : -1;
        if (inputs.BaseMeets || required == 0)
        {
            return inputs.Verdict(method, thresholds, ProgressCategory.Deterioration, "↓ Decreasing", null, null, "the base value met the target and the latest value no longer does");
        }

        var ratio = observed / required;
        var (category, label) = ratio >= thresholds.High ? (ProgressCategory.OnTrack, "↑ On track or maintaining SDG achievement")
            : sign * observed < 0 ? (ProgressCategory.Deterioration, "↓ Decreasing")
            : ratio > thresholds.Medium ? (ProgressCategory.ModerateProgress, "➚ Score moderately improving, insufficient to attain goal")
            : (ProgressCategory.LimitedProgress, "→ Score stagnating or increasing at less than 50% of required rate");
        var text = ProgressInputs.Invariant(
            $"observed {observed:G6}/yr ({inputs.BaseYear}–{inputs.LatestYear}) vs required {required:G6}/yr ({inputs.BaseYear}–{target.Deadline}): ratio {ratio:F4}");
        return inputs.Verdict(method, thresholds, category, label, ratio, null, text);
    }
}
