using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Progress;

/// <summary>
/// Progress without a quantified target: the compound annual growth rate from the base to the latest observation,
/// multiplied by −1 for lower-is-better indicators, against fixed thresholds (Eurostat, StatCan or UNSD).
/// Needs values of one sign; a zero base is replaced (StatCan 0.001). Works with two points.
/// </summary>
public static class NoTargetCagr
{
    /// <summary>Assesses the direction-adjusted CAGR with <paramref name="scheme"/>'s thresholds.</summary>
    /// <param name="points">(year, value) observations.</param>
    /// <param name="direction">Which way the indicator should move.</param>
    /// <param name="scheme">Eurostat (default), StatCan (with score and limit scaling C) or UNSD.</param>
    /// <param name="options">Base year, zero replacement, C and limits; null for defaults.</param>
    public static ProgressVerdict Assess(
        IEnumerable<(int Year, double Value)> points,
        Direction direction,
        NoTargetScheme scheme = NoTargetScheme.Eurostat,
        ProgressOptions? options = null)
    {
        options ??= ProgressOptions.Default;
        var (method, thresholds) = scheme switch
        {
            NoTargetScheme.Eurostat => (ProgressMethod.EurostatNoTarget, ProgressThresholds.EurostatNoTarget),
            NoTargetScheme.StatCan => (ProgressMethod.StatCanNoTarget, ProgressThresholds.StatCanNoTarget(options.LimitScaling)),
            NoTargetScheme.Unsd => (ProgressMethod.UnsdNoTarget, ProgressThresholds.UnsdNoTarget),
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown scheme."),
        };
        var inputs = ProgressInputs.Prepare(points, null, direction, options, growthRates: true, out var failure, out var reason);
        if (inputs is null)
        {
            return ProgressInputs.Failed(method, thresholds, failure, reason);
        }

        var cagr = ProgressInputs.Cagr(inputs.BaseValue, inputs.LatestValue, inputs.LatestYear - inputs.BaseYear);
        var adjusted = inputs.Direction == Direction.HigherIsBetter ? cagr : -cagr;
        var text = ProgressInputs.Invariant(
            $"CAGR {cagr:P3} ({inputs.BaseYear}–{inputs.LatestYear}); direction-adjusted {adjusted:P3}");
        return scheme switch
        {
            NoTargetScheme.Eurostat => Eurostat(inputs, thresholds, adjusted, text),
            NoTargetScheme.StatCan => StatCan(inputs, thresholds, adjusted, text, options),
            _ => Unsd(inputs, thresholds, adjusted, text),
        };
    }

    private static ProgressVerdict Eurostat(ProgressInputs inputs, ProgressThresholds t, double c, string text)
    {
        var (category, label) = c > t.High ? (ProgressCategory.OnTrack, "Significant progress towards SD objectives")
            : c >= t.Medium ? (ProgressCategory.ModerateProgress, "Moderate progress towards SD objectives")
            : c >= t.Low ? (ProgressCategory.Deterioration, "Moderate movement away from SD objectives")
            : (ProgressCategory.Deterioration, "Significant movement away from SD objectives");
        return inputs.Verdict(ProgressMethod.EurostatNoTarget, t, category, label, c, null, text);
    }

    private static ProgressVerdict StatCan(ProgressInputs inputs, ProgressThresholds t, double c, string text, ProgressOptions options)
    {
        var limit = options.Range.IsBounded ? (inputs.Direction == Direction.HigherIsBetter ? options.Range.Max : options.Range.Min) : (double?)null;
        if (limit is { } l && inputs.BaseValue == l && c >= 0)
        {
            return inputs.Verdict(ProgressMethod.StatCanNoTarget, t, ProgressCategory.OnTrack, "On track", c, 5, text + "; base value at the limit and not worsening");
        }

        var category = c >= t.High ? ProgressCategory.OnTrack
            : c >= t.Medium ? ProgressCategory.ModerateProgress
            : c >= t.Low ? ProgressCategory.LimitedProgress
            : ProgressCategory.Deterioration;
        var label = category switch
        {
            ProgressCategory.OnTrack => "On track",
            ProgressCategory.ModerateProgress => "Progress made but acceleration needed",
            ProgressCategory.LimitedProgress => "Limited progress",
            _ => "Deterioration",
        };
        return inputs.Verdict(ProgressMethod.StatCanNoTarget, t, category, label, c, StatCanScore.WithoutTarget(c, options.LimitScaling), text);
    }

    private static ProgressVerdict Unsd(ProgressInputs inputs, ProgressThresholds t, double c, string text)
    {
        var (category, score, label) = c >= t.High ? (ProgressCategory.OnTrack, 3, "Score 3: adjusted CAGR ≥ 2 %")
            : c >= t.Medium ? (ProgressCategory.ModerateProgress, 2, "Score 2: 0.5 % ≤ adjusted CAGR < 2 %")
            : (ProgressCategory.LimitedProgress, 1, "Score 1: adjusted CAGR < 0.5 %");
        return inputs.Verdict(ProgressMethod.UnsdNoTarget, t, category, label, c, score, text);
    }
}
