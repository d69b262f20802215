using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Logit-linear trend for a bounded indicator (FPP §12.3): z = ln((y − a)/(b − y)) = α + β·year by OLS
/// (<see cref="LogitScale"/>), back-transformed ŷ = a + (b − a)·e^z/(1 + e^z). Projections and interval limits
/// always lie strictly inside (a, b); the projection is the median. Observed values at or beyond a bound (or closer to it than
/// ε(b − a), ε = <see cref="Epsilon"/>) are first clamped to [a + ε(b − a), b − ε(b − a)], which keeps the transform
/// monotone; <see cref="NudgedPoints"/> counts them.
/// </summary>
/// <param name="LogitScale">The OLS line on the logit scale.</param>
/// <param name="Bounds">The limits (a, b).</param>
/// <param name="Epsilon">The nudge ε as a fraction of b − a.</param>
/// <param name="NudgedPoints">How many observations were moved inside the bounds.</param>
public sealed record LogitParameters(LinearParameters LogitScale, ValueRange Bounds, double Epsilon, int NudgedPoints) : TrendParameters
{
    /// <inheritdoc/>
    internal override double Spread => LogitScale.ResidualSd;

    /// <inheritdoc/>
    public override double Project(int year) => Bounds.Min + (Bounds.Width * PredictiveDistribution.Logistic(LogitScale.Project(year)));

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year) => LogitScale.Distribution(year, ValueTransform.Logit, Bounds);

    /// <summary>The logit of <paramref name="y"/> after clamping it inside the bounds; <paramref name="clamped"/> is the value used.</summary>
    internal static double Transform(double y, ValueRange bounds, double epsilon, out double clamped)
    {
        clamped = Math.Clamp(y, bounds.Min + (epsilon * bounds.Width), bounds.Max - (epsilon * bounds.Width));
        return Math.Log((clamped - bounds.Min) / (bounds.Max - clamped));
    }
}
