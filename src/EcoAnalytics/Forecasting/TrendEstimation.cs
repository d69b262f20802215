using System.Globalization;

namespace EcoAnalytics.Forecasting;

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
            var reason = string.Create(
                CultureInfo.InvariantCulture,
                $"{n} usable point(s): a trend model needs at least {MinPoints} for prediction intervals; two-point pace methods (CAGR ratio, projected fraction, linear pace) still apply");
            return NotFitted(model, TrendOutcome.InsufficientData, points, Join(reason, note));
        }

        if (model != TrendModel.Auto)
        {
            return FitModel(points, model, model, options, note);
        }

        if (options.Bounds is not null)
        {
            return FitModel(points, TrendModel.Auto, TrendModel.Logit, options, Join("Auto: Logit because bounds are set", note));
        }

        if (n < options.AutoSelectionMinPoints)
        {
            var why = string.Create(
                CultureInfo.InvariantCulture,
                $"Auto: Theta because the series has fewer than {options.AutoSelectionMinPoints} points (AICc undefined or unreliable)");
            return FitModel(points, TrendModel.Auto, TrendModel.Theta, options, Join(why, note));
        }

        return AutoSelect(points, options, note);
    }

    private static TrendFit AutoSelect(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options, string? note)
    {
        TrendFit? best = null;
        var summary = new List<string>(4);
        foreach (var candidate in (ReadOnlySpan<TrendModel>)[TrendModel.Linear, TrendModel.LogLinear, TrendModel.Damped, TrendModel.Theta])
        {
            var fit = FitModel(points, TrendModel.Auto, candidate, options, null);
            if (fit.AICc is not { } aicc)
            {
                continue;
            }

            summary.Add(string.Create(CultureInfo.InvariantCulture, $"{candidate} {aicc:F2}"));
            if (best is null || aicc < best.AICc)
            {
                best = fit;
            }
        }

        var chosen = best?.Model ?? TrendModel.Theta;
        var why = best is null
            ? "Auto: Theta because no candidate has a defined AICc"
            : $"Auto: lowest AICc among {string.Join(", ", summary)}";
        return FitModel(points, TrendModel.Auto, chosen, options, Join(why, note));
    }

    private static TrendFit FitModel(ReadOnlySpan<(int Year, double Value)> points, TrendModel requested, TrendModel model, TrendOptions options, string? note)
    {
        var n = points.Length;
        var span = points[^1].Year - points[0].Year;
        if (span > MaxSpanYears && model is TrendModel.Damped or TrendModel.Theta or TrendModel.Naive or TrendModel.Drift)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"{model} steps year by year and the series spans {span} years (more than {MaxSpanYears})");
            return NotFitted(requested, TrendOutcome.NotApplicable, points, Join(reason, note));
        }

        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        double sse;
        double logJacobian = 0;
        int k;
        TrendParameters parameters;
        double spread;
        switch (model)
        {
            case TrendModel.Linear:
                for (var i = 0; i < n; i++)
                {
                    y[i] = points[i].Value;
                }

                var linear = LinearParameters.Estimate(points, y, out sse);
                (parameters, spread, k) = (linear, linear.ResidualSd, 3);
                break;

            case TrendModel.LogLinear:
                for (var i = 0; i < n; i++)
                {
                    var v = points[i].Value;
                    if (!(v > 0))
                    {
                        var reason = string.Create(
                            CultureInfo.InvariantCulture,
                            $"LogLinear needs strictly positive values; {points[i].Year} has {v}");
                        return NotFitted(requested, TrendOutcome.NotApplicable, points, Join(reason, note));
                    }

                    y[i] = Math.Log(v);
                    logJacobian -= y[i];
                }

                var logScale = LinearParameters.Estimate(points, y, out sse);
                (parameters, spread, k) = (new LogLinearParameters(logScale), logScale.ResidualSd, 3);
                break;

            case TrendModel.Logit:
                var bounds = options.Bounds ?? Bounds.Percent;
                var nudged = 0;
                for (var i = 0; i < n; i++)
                {
                    y[i] = LogitParameters.Transform(points[i].Value, bounds, options.BoundEpsilon, out var moved);
                    nudged += moved ? 1 : 0;
                    var v = bounds.Lower + (bounds.Width * PredictiveDistribution.Logistic(y[i]));
                    logJacobian += Math.Log(bounds.Width / ((v - bounds.Lower) * (bounds.Upper - v)));
                }

                var logitScale = LinearParameters.Estimate(points, y, out sse);
                (parameters, spread, k) = (new LogitParameters(logitScale, bounds, options.BoundEpsilon, nudged), logitScale.ResidualSd, 3);
                note = Join(LogitNote(options.Bounds is null, nudged, bounds, options.BoundEpsilon), note);
                break;

            case TrendModel.Damped:
                var damped = DampedEstimator.Estimate(points, options.DampingFactor, out sse);
                (parameters, spread, k) = (damped, damped.Sigma, options.DampingFactor is null ? 6 : 5);
                break;

            case TrendModel.Theta:
                var theta = ThetaParameters.Estimate(points, options.ThetaVariant, out sse);
                (parameters, spread, k) = (theta, theta.Sigma, 4);
                break;

            case TrendModel.Drift:
                var drift = DriftParameters.Estimate(points, out sse);
                (parameters, spread, k) = (drift, drift.Sigma, 0);
                break;

            default:
                var naive = NaiveParameters.Estimate(points, out sse);
                (parameters, spread, k) = (naive, naive.Sigma, 0);
                break;
        }

        var outcome = spread > 0 ? TrendOutcome.Fitted : TrendOutcome.Degenerate;
        var aicc = k > 0 ? Aicc(sse, n, k, logJacobian) : null;
        return new TrendFit(requested, model, outcome, parameters, n, points, spread, aicc, note);
    }

    /// <summary>AICc = −2·logL + 2k + 2k(k+1)/(n − k − 1) with the Gaussian ML likelihood plus the log-Jacobian.</summary>
    private static double? Aicc(double sse, int n, int k, double logJacobian)
    {
        if (n - k - 1 <= 0 || !(sse > 0))
        {
            return null;
        }

        var logLikelihood = (-0.5 * n * (Math.Log(2 * Math.PI * sse / n) + 1)) + logJacobian;
        return (-2 * logLikelihood) + (2.0 * k) + (2.0 * k * (k + 1) / (n - k - 1));
    }

    private static string? LogitNote(bool defaulted, int nudged, Bounds bounds, double epsilon)
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
                $"{nudged} value(s) at or beyond the bounds ({bounds.Lower}, {bounds.Upper}) clamped {epsilon * bounds.Width:G4} inside"));
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static TrendFit NotFitted(TrendModel requested, TrendOutcome outcome, ReadOnlySpan<(int Year, double Value)> points, string? note) =>
        new(requested, requested, outcome, null, points.Length, points, null, null, note);

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;
}
