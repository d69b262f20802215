using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// Growth-rate ratio (Eurostat, Statistics Canada, UNDP): CAGR_a = (y_t/y_0)^(1/(t − t0)) − 1,
/// CAGR_r = (x*/y_0)^(1/(T − t0)) − 1, R = CAGR_a / CAGR_r. Works with two points. Direction needs no sign flip:
/// for lower-is-better both CAGRs are negative. Rules applied first: latest value meets the target → achieved;
/// base met the target but the latest does not → deterioration (the ratio would flip sign there).
/// </summary>
public static class CagrRatio
{
    /// <summary>Assesses progress towards <paramref name="target"/> with <paramref name="scheme"/>'s thresholds.</summary>
    /// <param name="points">(year, value) observations.</param>
    /// <param name="target">Target value, year T and direction (bounds enable the 100 % shortfall rule).</param>
    /// <param name="scheme">Eurostat (default), StatCan (adds the score) or UNDP thresholds.</param>
    /// <param name="options">Base year, zero replacement; null for defaults.</param>
    public static ProgressVerdict Assess(
        IEnumerable<(int Year, double Value)> points,
        Target target,
        CagrRatioScheme scheme = CagrRatioScheme.Eurostat,
        ProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (method, thresholds) = scheme switch
        {
            CagrRatioScheme.Eurostat => (ProgressMethod.EurostatCagrRatio, ProgressThresholds.CagrRatio),
            CagrRatioScheme.StatCan => (ProgressMethod.StatCanCagrRatio, ProgressThresholds.CagrRatio),
            CagrRatioScheme.Undp => (ProgressMethod.UndpCagrRatio, ProgressThresholds.UndpCagrRatio),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown scheme."),
        };
        var inputs = ProgressInputs.Prepare(points, target, target.Direction, options ?? ProgressOptions.Default, growthRates: true, out var failure, out var reason);
        if (inputs is null)
        {
            return ProgressInputs.Failed(method, thresholds, failure, reason);
        }

        double? score = scheme == CagrRatioScheme.StatCan ? StatCanScore.Achieved : null;
        if (inputs.LatestMeets || (scheme == CagrRatioScheme.Undp && WithinUndpTolerance(inputs)))
        {
            return inputs.Verdict(method, thresholds, ProgressCategory.TargetAchieved, Label(scheme, ProgressCategory.TargetAchieved), null, score, "latest value meets the target");
        }

        var observed = ProgressInputs.Cagr(inputs.BaseValue, inputs.LatestValue, inputs.LatestYear - inputs.BaseYear);
        var required = ProgressInputs.Cagr(inputs.BaseValue, inputs.TargetValue, target.Deadline - inputs.BaseYear);
        if (inputs.BaseMeets || required == 0)
        {
            score = scheme == CagrRatioScheme.StatCan ? -5 : null;
            return inputs.Verdict(method, thresholds, ProgressCategory.Deterioration, Label(scheme, ProgressCategory.Deterioration), null, score, "the base value met the target and the latest value no longer does");
        }

        var ratio = observed / required;
        var category = ratio >= thresholds.High ? ProgressCategory.OnTrack
            : ratio >= thresholds.Medium ? ProgressCategory.ModerateProgress
            : ratio >= thresholds.Low ? ProgressCategory.LimitedProgress
            : ProgressCategory.Deterioration;
        score = scheme == CagrRatioScheme.StatCan ? StatCanScore.WithTarget(ratio) : null;
        var text = ProgressInputs.Invariant(
            $"R = CAGR_observed {observed:P3} ({inputs.BaseYear}–{inputs.LatestYear}) / CAGR_required {required:P3} ({inputs.BaseYear}–{target.Deadline}) = {ratio:F4}");
        return inputs.Verdict(method, thresholds, category, Label(scheme, category), ratio, score, text);
    }

    /// <summary>UNDP: achieved when final/target &gt; 0.9995 (increase), target/final &gt; 0.9995 (decrease), or final = 0 for a decrease.</summary>
    private static bool WithinUndpTolerance(ProgressInputs inputs) =>
        inputs.Direction == Direction.HigherIsBetter
            ? inputs.LatestValue / inputs.TargetValue > 0.9995
            : inputs.LatestValue == 0 || inputs.TargetValue / inputs.LatestValue > 0.9995;

    private static string Label(CagrRatioScheme scheme, ProgressCategory category) => (scheme, category) switch
    {
        (CagrRatioScheme.Eurostat, ProgressCategory.TargetAchieved) => "Target already met",
        (CagrRatioScheme.Eurostat, ProgressCategory.OnTrack) => "Significant progress towards the target",
        (CagrRatioScheme.Eurostat, ProgressCategory.ModerateProgress) => "Moderate progress towards the target",
        (CagrRatioScheme.Eurostat, ProgressCategory.LimitedProgress) => "Insufficient progress towards the target",
        (CagrRatioScheme.Eurostat, _) => "Movement away from the target",
        (CagrRatioScheme.StatCan, ProgressCategory.TargetAchieved) => "Target achieved",
        (CagrRatioScheme.StatCan, ProgressCategory.OnTrack) => "On track",
        (CagrRatioScheme.StatCan, ProgressCategory.ModerateProgress) => "Progress made but acceleration needed",
        (CagrRatioScheme.StatCan, ProgressCategory.LimitedProgress) => "Limited progress",
        (CagrRatioScheme.StatCan, _) => "Deterioration",
        (_, ProgressCategory.TargetAchieved) => "Target achieved",
        (_, ProgressCategory.OnTrack) => "On Track",
        (_, ProgressCategory.ModerateProgress) => "Fair progress but acceleration needed",
        (_, ProgressCategory.LimitedProgress) => "Limited or No Progress",
        _ => "Deterioration",
    };
}
