using System.Globalization;
using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>Fits a clean series: the applicability rules every model shares, its descriptor's estimate, and the result.</summary>
internal static class TrendEstimation
{
    public static TrendFit Fit(ReadOnlySpan<(int Year, double Value)> points, TrendModel model, TrendOptions options, string? note)
    {
        var n = points.Length;
        if (n < TrendModelDescriptor.MinPoints)
        {
            return NotFitted(model, TrendOutcome.NoData, points, Join(TooFewPoints(n), note));
        }

        return model == TrendModel.Auto
            ? AutoSelection.Fit(points, options, note)
            : FitModel(points, model, TrendModelDescriptor.For(model), options, note);
    }

    /// <summary>Fits <paramref name="model"/> for a request of <paramref name="requested"/> (the model itself, or Auto).</summary>
    public static TrendFit FitModel(ReadOnlySpan<(int Year, double Value)> points, TrendModel requested, TrendModelDescriptor model, TrendOptions options, string? note)
    {
        var needed = model.MinPointsFor(options);
        if (points.Length < needed)
        {
            return NotFitted(requested, TrendOutcome.NoData, points, Join(TooFewFor(model.Model, points.Length, needed), note));
        }

        return model.SpanTooLong(points)
            ? NotFitted(requested, TrendOutcome.NotApplicable, points, Join(SpanTooLong(model.Model, points[^1].Year - points[0].Year), note))
            : Build(points, requested, model, Run(points, model, options, out var likelihood), likelihood, note, options);
    }

    /// <summary>The model's estimate and likelihood (k from its descriptor; none when it does not compare).</summary>
    public static ModelEstimate Run(ReadOnlySpan<(int Year, double Value)> points, TrendModelDescriptor model, TrendOptions options, out Likelihood likelihood)
    {
        var needed = model.MinPointsFor(options);
        if (points.Length < needed)
        {
            likelihood = default;
            return ModelEstimate.NotApplicable(TooFewFor(model.Model, points.Length, needed));
        }

        var e = model.Estimate(points, options);
        likelihood = model.AiccComparable ? new Likelihood(e.Sse, model.LikelihoodParameters(options), e.LogJacobian) : default;
        return e;
    }

    public static TrendFit Build(
        ReadOnlySpan<(int Year, double Value)> points,
        TrendModel requested,
        TrendModelDescriptor model,
        ModelEstimate e,
        Likelihood likelihood,
        string? note,
        TrendOptions options)
    {
        if (e.Parameters is null)
        {
            return NotFitted(requested, TrendOutcome.NotApplicable, points, Join(e.Note, note));
        }

        var outcome = e.Parameters.Spread > 0 ? TrendOutcome.Fitted : TrendOutcome.Degenerate;
        return new TrendFit(requested, model.Model, outcome, e.Parameters, points, likelihood, Join(e.Note, note), options.Range)
        {
            IsCalibrated = HorizonCalibration.AppliesTo(requested, options),
            BoundEpsilon = options.BoundEpsilon,
        };
    }

    public static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;

    private static string TooFewPoints(int n) => string.Create(
        CultureInfo.InvariantCulture,
        $"{n} usable point(s): a trend model needs at least {TrendModelDescriptor.MinPoints} for prediction intervals; two-point pace methods (CAGR ratio, projected fraction, linear pace) still apply");

    private static string TooFewFor(TrendModel model, int n, int needed) => string.Create(
        CultureInfo.InvariantCulture,
        $"{model} needs at least {needed} points (it estimates {needed - 1} quantities from the series and needs one more degree of freedom for the error variance); the series has {n}");

    private static string SpanTooLong(TrendModel model, int span) => string.Create(
        CultureInfo.InvariantCulture,
        $"{model} steps year by year and the series spans {span} years (more than {TrendModelDescriptor.MaxSpanYears})");

    private static TrendFit NotFitted(TrendModel requested, TrendOutcome outcome, ReadOnlySpan<(int Year, double Value)> points, string? note) =>
        new(requested, requested, outcome, null, points, default, note, ValueRange.Unlimited);
}
