using System.Globalization;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// <see cref="TrendModel.Auto"/>'s rule, the one place it is written. With a bounded <see cref="TrendOptions.Range"/>:
/// Theta on the logit scale from its minimum points up to <see cref="TrendOptions.AutoSelectionMinPoints"/>, else
/// Logit. Otherwise: Linear below Theta's minimum points, Theta below AutoSelectionMinPoints, and from there the lowest
/// AICc among <see cref="Candidates"/> (models whose span is too long, that do not apply or have no AICc are skipped;
/// Theta when none has one).
/// </summary>
internal static class AutoSelection
{
    /// <summary>The models compared by AICc, in the order they are tried (the first of equal AICc wins).</summary>
    public static ReadOnlySpan<TrendModel> Candidates => [TrendModel.Linear, TrendModel.LogLinear, TrendModel.Damped, TrendModel.Theta];

    public static TrendFit Fit(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options, string? note)
    {
        var n = points.Length;
        var forTheta = ThetaModel.Instance.MinPointsFor(options);
        var minPoints = options.AutoSelectionMinPoints;
        if (options.Range.IsBounded)
        {
            return n >= forTheta && n < minPoints
                ? Choose(points, ThetaModel.Instance, options, Text($"Auto: Theta on the logit scale because bounds are set and the series has fewer than {minPoints} points"), note)
                : Choose(points, LogitModel.Instance, options, n < forTheta
                    ? Text($"Auto: Logit because bounds are set and {n} points are too few for Theta (needs {forTheta})")
                    : Text($"Auto: Logit because bounds are set and the series has at least {minPoints} points"), note);
        }

        if (n < forTheta)
        {
            return Choose(points, LinearModel.Instance, options, Text($"Auto: Linear because {n} points are too few for Theta (needs {forTheta})"), note);
        }

        return n < minPoints
            ? Choose(points, ThetaModel.Instance, options, Text($"Auto: Theta because the series has fewer than {minPoints} points (AICc selection is less accurate there)"), note)
            : LowestAicc(points, options, note);
    }

    private static TrendFit LowestAicc(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options, string? note)
    {
        (TrendModelDescriptor Model, ModelEstimate Estimate, Likelihood Likelihood, double Aicc)? best = null;
        var summary = new List<string>(Candidates.Length);
        foreach (var candidate in Candidates)
        {
            var model = TrendModelDescriptor.For(candidate);
            if (model.SpanTooLong(points))
            {
                continue;
            }

            var e = TrendEstimation.Run(points, model, options, out var likelihood);
            if (e.Parameters is null || likelihood.Aicc(points.Length) is not { } aicc)
            {
                continue;
            }

            summary.Add(Text($"{candidate} {aicc:F2}"));
            if (best is null || aicc < best.Value.Aicc)
            {
                best = (model, e, likelihood, aicc);
            }
        }

        return best is { } b
            ? TrendEstimation.Build(points, TrendModel.Auto, b.Model, b.Estimate, b.Likelihood, TrendEstimation.Join($"Auto: lowest AICc among {string.Join(", ", summary)}", note), options)
            : Choose(points, ThetaModel.Instance, options, "Auto: Theta because no candidate has a defined AICc", note);
    }

    private static TrendFit Choose(ReadOnlySpan<(int Year, double Value)> points, TrendModelDescriptor model, TrendOptions options, string why, string? note) =>
        TrendEstimation.FitModel(points, TrendModel.Auto, model, options, TrendEstimation.Join(why, note));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
