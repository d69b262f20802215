using System.Globalization;
using System.Runtime.CompilerServices;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>Dispatches a clean series to its estimator, applies the applicability rules and computes AICc.</summary>
internal static class TrendEstimation
{
    /// <summary>Every model needs this many points (OLS needs n − 2 ≥ 1 residual degrees of freedom).</summary>
    public const int MinPoints = 3;

    /// <summary>Smoothing models step year by year; a longer span is not an annual series.</summary>
    public const int MaxSpanYears = 1000;

    public static TrendFit Fit(ReadOnlySpan<(int Year, double Value)> points, TrendModel model, TrendOptions options, string? note)
    {
        var n = points.Length;
        if (n < MinPoints)
        {
            return NotFitted(model, TrendOutcome.InsufficientData, points, Join(TooFewPoints(n), note));
        }

        if (model != TrendModel.Auto)
        {
            return FitModel(points, model, model, options, note);
        }

        if (options.Range.IsBounded)
        {
            var forTheta = MinPointsFor(TrendModel.Theta, options);
            return n >= forTheta && n < options.AutoSelectionMinPoints
                ? FitModel(points, TrendModel.Auto, TrendModel.Theta, options, Join(BoundedShortSeries(options.AutoSelectionMinPoints), note))
                : FitModel(points, TrendModel.Auto, TrendModel.Logit, options, Join(BoundedLogit(n, forTheta, options.AutoSelectionMinPoints), note));
        }

        if (n < MinPointsFor(TrendModel.Theta, options))
        {
            return FitModel(points, TrendModel.Auto, TrendModel.Linear, options, Join(TooShortForTheta(n), note));
        }

        if (n < options.AutoSelectionMinPoints)
        {
            return FitModel(points, TrendModel.Auto, TrendModel.Theta, options, Join(ShortSeries(options.AutoSelectionMinPoints), note));
        }

        return AutoSelect(points, options, note);
    }

    private static TrendFit AutoSelect(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options, string? note)
    {
        (TrendModel Model, Estimate Estimate, double Aicc)? best = null;
        var summary = new List<string>(4);
        foreach (var candidate in (ReadOnlySpan<TrendModel>)[TrendModel.Linear, TrendModel.LogLinear, TrendModel.Damped, TrendModel.Theta])
        {
            if (SpanTooLongFor(candidate, points))
            {
                continue;
            }

            var e = Run(points, candidate, options);
            if (e.Parameters is null || e.Likelihood.Aicc(points.Length) is not { } aicc)
            {
                continue;
            }

            summary.Add(string.Create(CultureInfo.InvariantCulture, $"{candidate} {aicc:F2}"));
            if (best is null || aicc < best.Value.Aicc)
            {
                best = (candidate, e, aicc);
            }
        }

        return best is { } b
            ? Build(points, TrendModel.Auto, b.Model, b.Estimate, Join($"Auto: lowest AICc among {string.Join(", ", summary)}", note), options.Range)
            : FitModel(points, TrendModel.Auto, TrendModel.Theta, options, Join("Auto: Theta because no candidate has a defined AICc", note));
    }

    private static TrendFit FitModel(ReadOnlySpan<(int Year, double Value)> points, TrendModel requested, TrendModel model, TrendOptions options, string? note)
    {
        if (points.Length < MinPointsFor(model, options))
        {
            return NotFitted(requested, TrendOutcome.InsufficientData, points, Join(TooFewFor(model, points.Length, MinPointsFor(model, options)), note));
        }

        return SpanTooLongFor(model, points)
            ? NotFitted(requested, TrendOutcome.NotApplicable, points, Join(SpanTooLong(model, points[^1].Year - points[0].Year), note))
            : Build(points, requested, model, Run(points, model, options), note, options.Range);
    }

    private static bool SpanTooLongFor(TrendModel model, ReadOnlySpan<(int Year, double Value)> points) =>
        points[^1].Year - points[0].Year > MaxSpanYears && model is TrendModel.Damped or TrendModel.Theta or TrendModel.Naive or TrendModel.Drift;

    /// <summary>
    /// Points a model needs so that at least one degree of freedom remains for the error variance: the OLS models
    /// estimate 2 quantities, Theta 3 (ℓ0, α, b), damped 5 (ℓ0, b0, α, β, φ; 4 with φ fixed).
    /// </summary>
    public static int MinPointsFor(TrendModel model, TrendOptions options) => model switch
    {
        TrendModel.Theta => ThetaParameters.EstimatedParameters + 1,
        TrendModel.Damped => DampedEstimator.EstimatedParameters(options.DampingFactor is null) + 1,
        _ => MinPoints,
    };

    private static Estimate Run(ReadOnlySpan<(int Year, double Value)> points, TrendModel model, TrendOptions options) =>
        points.Length < MinPointsFor(model, options)
            ? new Estimate(null, default, TooFewFor(model, points.Length, MinPointsFor(model, options)))
            : RunModel(points, model, options);

    private static Estimate RunModel(ReadOnlySpan<(int Year, double Value)> points, TrendModel model, TrendOptions options) => model switch
    {
        TrendModel.Linear => Linear(points),
        TrendModel.LogLinear => LogLinear(points),
        TrendModel.Logit => Logit(points, options),
        TrendModel.Damped => Damped(points, options),
        TrendModel.Theta => Theta(points, options),
        TrendModel.Drift => Drift(points),
        _ => Naive(points),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TrendFit Build(ReadOnlySpan<(int Year, double Value)> points, TrendModel requested, TrendModel model, Estimate e, string? note, ValueRange range)
    {
        if (e.Parameters is null)
        {
            return NotFitted(requested, TrendOutcome.NotApplicable, points, Join(e.Note, note));
        }

        var outcome = e.Parameters.Spread > 0 ? TrendOutcome.Fitted : TrendOutcome.Degenerate;
        return new TrendFit(requested, model, outcome, e.Parameters, points, e.Likelihood, Join(e.Note, note), range);
    }

    /// <summary>
    /// <see cref="TrendModel.Linear"/> asked for directly: what <see cref="Fit"/> gives for it, with the line held in
    /// the result by value (its <see cref="LinearParameters"/> is created only if read). Not inlined: callers' loops
    /// have a limited inlining budget, better spent on the projection that follows than on the fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static TrendFit Linear(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options, string? note)
    {
        if (points.Length < MinPoints)
        {
            return Fit(points, TrendModel.Linear, options, note);
        }

        var line = OlsLine.Estimate(points, out var sse);
        return Build(points, TrendModel.Linear, line, new Likelihood(sse, 3, 0), note, options.Range);
    }

    /// <summary>The linear model's result, as <see cref="Build(ReadOnlySpan{ValueTuple{int, double}}, TrendModel, TrendModel, Estimate, string?, ValueRange)"/> makes it from a <see cref="LinearParameters"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TrendFit Build(ReadOnlySpan<(int Year, double Value)> points, TrendModel requested, in OlsLine line, Likelihood likelihood, string? note, ValueRange range) =>
        new(requested, line.ResidualSd > 0 ? TrendOutcome.Fitted : TrendOutcome.Degenerate, line, points, likelihood, note, range);

    private static Estimate Linear(ReadOnlySpan<(int Year, double Value)> points)
    {
        var p = LinearParameters.Estimate(points, out var sse);
        return new Estimate(p, new Likelihood(sse, 3, 0), null);
    }

    private static Estimate LogLinear(ReadOnlySpan<(int Year, double Value)> points)
    {
        var n = points.Length;
        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        double logJacobian = 0;
        for (var i = 0; i < n; i++)
        {
            var v = points[i].Value;
            if (!(v > 0))
            {
                return new Estimate(null, default, NotPositive(points[i]));
            }

            y[i] = Math.Log(v);
            logJacobian -= y[i];
        }

        var logScale = LinearParameters.Estimate(points, y, out var sse);
        return new Estimate(new LogLinearParameters(logScale), new Likelihood(sse, 3, logJacobian), null);
    }

    private static Estimate Logit(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options)
    {
        var n = points.Length;
        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        var bounds = options.Range.IsBounded ? options.Range : ValueRange.Percent;
        var logJacobian = ToLogits(points, bounds, options.BoundEpsilon, y, out var nudged);
        var logitScale = LinearParameters.Estimate(points, y, out var sse);
        var parameters = new LogitParameters(logitScale, bounds, options.BoundEpsilon, nudged);
        return new Estimate(parameters, new Likelihood(sse, 3, logJacobian), LogitNote(!options.Range.IsBounded, nudged, bounds, options.BoundEpsilon));
    }

    private static Estimate Damped(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options)
    {
        var p = DampedEstimator.Estimate(points, options.DampingFactor, out var sse);
        return new Estimate(p, new Likelihood(sse, options.DampingFactor is null ? 6 : 5, 0), null);
    }

    private static Estimate Theta(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options)
    {
        if (!options.Range.IsBounded)
        {
            var p = ThetaParameters.Estimate(points, options.ThetaVariant, out var sse);
            return new Estimate(p, new Likelihood(sse, 4, 0), null);
        }

        // A bounded indicator: Theta on the scaled logit, as the Logit model does for the OLS line.
        var bounds = options.Range;
        var n = points.Length;
        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        var logJacobian = ToLogits(points, bounds, options.BoundEpsilon, y, out var nudged);
        var logit = ThetaParameters.Estimate(points, y, options.ThetaVariant, bounds, out var logitSse);
        return new Estimate(logit, new Likelihood(logitSse, 4, logJacobian), Join(OnLogitScale(bounds), LogitNote(false, nudged, bounds, options.BoundEpsilon)));
    }

    /// <summary>
    /// Writes the scaled logits of the values (clamped ε inside the bounds) to <paramref name="y"/>; returns
    /// Σ ln|dz/dy|, which puts a logit-scale likelihood on the original scale, and counts the clamped values.
    /// </summary>
    private static double ToLogits(ReadOnlySpan<(int Year, double Value)> points, ValueRange bounds, double epsilon, Span<double> y, out int nudged)
    {
        nudged = 0;
        double logJacobian = 0;
        for (var i = 0; i < points.Length; i++)
        {
            y[i] = LogitParameters.Transform(points[i].Value, bounds, epsilon, out var v);
            nudged += v != points[i].Value ? 1 : 0;
            logJacobian += Math.Log(bounds.Width / ((v - bounds.Min) * (bounds.Max - v)));
        }

        return logJacobian;
    }

    // Naive and drift likelihoods are conditional on the first value: not comparable, so k = 0 (no AICc).
    private static Estimate Drift(ReadOnlySpan<(int Year, double Value)> points)
    {
        var p = DriftParameters.Estimate(points, out _);
        return new Estimate(p, default, null);
    }

    private static Estimate Naive(ReadOnlySpan<(int Year, double Value)> points)
    {
        var p = NaiveParameters.Estimate(points, out _);
        return new Estimate(p, default, null);
    }

    private static string? LogitNote(bool defaulted, int nudged, ValueRange bounds, double epsilon)
    {
        var parts = new List<string>(2);
        if (defaulted)
        {
            parts.Add("bounds (0, 100) assumed");
        }

        if (nudged > 0)
        {
            parts.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{nudged} value(s) at or beyond the bounds ({bounds.Min}, {bounds.Max}) clamped {epsilon * bounds.Width:G4} inside"));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    // Messages are built in their own methods: interpolation handlers would otherwise enlarge the hot paths' frames.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TooFewPoints(int n) => string.Create(
        CultureInfo.InvariantCulture,
        $"{n} usable point(s): a trend model needs at least {MinPoints} for prediction intervals; two-point pace methods (CAGR ratio, projected fraction, linear pace) still apply");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TooFewFor(TrendModel model, int n, int needed) => string.Create(
        CultureInfo.InvariantCulture,
        $"{model} needs at least {needed} points (it estimates {needed - 1} quantities from the series and needs one more degree of freedom for the error variance); the series has {n}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string OnLogitScale(ValueRange bounds) => string.Create(
        CultureInfo.InvariantCulture,
        $"on the logit scale of the bounds ({bounds.Min}, {bounds.Max})");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string BoundedShortSeries(int minPoints) => string.Create(
        CultureInfo.InvariantCulture,
        $"Auto: Theta on the logit scale because bounds are set and the series has fewer than {minPoints} points");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string BoundedLogit(int n, int forTheta, int minPoints) => n < forTheta
        ? string.Create(CultureInfo.InvariantCulture, $"Auto: Logit because bounds are set and {n} points are too few for Theta (needs {forTheta})")
        : string.Create(CultureInfo.InvariantCulture, $"Auto: Logit because bounds are set and the series has at least {minPoints} points");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string TooShortForTheta(int n) => string.Create(
        CultureInfo.InvariantCulture,
        $"Auto: Linear because {n} points are too few for Theta (needs {ThetaParameters.EstimatedParameters + 1})");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string ShortSeries(int minPoints) => string.Create(
        CultureInfo.InvariantCulture,
        $"Auto: Theta because the series has fewer than {minPoints} points (AICc selection is less accurate there)");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string SpanTooLong(TrendModel model, int span) => string.Create(
        CultureInfo.InvariantCulture,
        $"{model} steps year by year and the series spans {span} years (more than {MaxSpanYears})");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string NotPositive((int Year, double Value) point) => string.Create(
        CultureInfo.InvariantCulture,
        $"LogLinear needs strictly positive values; {point.Year} has {point.Value}");

    private static TrendFit NotFitted(TrendModel requested, TrendOutcome outcome, ReadOnlySpan<(int Year, double Value)> points, string? note) =>
        new(requested, requested, outcome, null, points, default, note, ValueRange.Unlimited);

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;

    /// <summary>An estimator's result: parameters (null when the model does not apply, with the reason in Note).</summary>
    private readonly record struct Estimate(TrendParameters? Parameters, Likelihood Likelihood, string? Note);
}
