using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Logit-linear trend for a bounded indicator (FPP §12.3): z = ln((y − a)/(b − y)) = α + β·year by OLS
/// (<see cref="LogitScale"/>), back-transformed ŷ = a + (b − a)·e^z/(1 + e^z). Projections and interval limits
/// always lie strictly inside (a, b); the projection is the median. Observed values at or beyond a bound (or closer to it than
/// ε(b − a), ε = <see cref="Epsilon"/>) are first clamped to [a + ε(b − a), b − ε(b − a)], which keeps the transform
/// monotone; <see cref="NudgedPoints"/> counts them.
/// </summary>
/// <param name="LogitScale">The OLS line on the logit scale.</param>
/// <param name="Bounds">The limits (a, b) = (Min, Max), both finite.</param>
/// <param name="Epsilon">The nudge ε as a fraction of b − a.</param>
/// <param name="NudgedPoints">How many observations were moved inside the bounds.</param>
public sealed record LogitParameters(LinearParameters LogitScale, ValueRange Bounds, double Epsilon, int NudgedPoints) : TrendParameters
{
    /// <inheritdoc/>
    internal override double Spread => LogitScale.ResidualSd;

    /// <inheritdoc/>
    public override double Project(int year) => ScaledLogit.Inverse(LogitScale.Project(year), Bounds);

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year) => LogitScale.Distribution(year, ValueTransform.Logit, Bounds);
}

/// <summary>
/// <see cref="TrendModel.Logit"/>: OLS on the scaled logit of <see cref="TrendOptions.Range"/> when it is bounded,
/// else of (0, 100), stated in the note. The likelihood carries the Jacobian Σ ln|dz/dy|.
/// </summary>
internal sealed class LogitModel : TrendModelDescriptor
{
    public static LogitModel Instance { get; } = new();

    public override TrendModel Model => TrendModel.Logit;

    public override int EstimatedQuantities(TrendOptions options) => LinearModel.Quantities;

    public override ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options)
    {
        var n = points.Length;
        Span<double> z = n <= 256 ? stackalloc double[n] : new double[n];
        var bounds = options.Range.IsBounded ? options.Range : ValueRange.Percent;
        var logJacobian = ScaledLogit.Transform(points, bounds, options.BoundEpsilon, z, out var nudged);
        var logitScale = LinearParameters.Estimate(points, z, out var sse);
        var parameters = new LogitParameters(logitScale, bounds, options.BoundEpsilon, nudged);
        return new ModelEstimate(parameters, sse, logJacobian, Note(!options.Range.IsBounded, nudged, bounds, options.BoundEpsilon));
    }

    /// <summary>What a fit on the logit scale states: bounds assumed, values clamped inside; null when neither.</summary>
    internal static string? Note(bool defaulted, int nudged, ValueRange bounds, double epsilon)
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
}
