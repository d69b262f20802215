using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// The fitted parameters of a trend model, immutable. Each concrete record documents its formula and can
/// project and give its predictive distribution on its own, so a parameter set read from a report (for
/// example the damped-trend state ℓ = 56, b = 1.5, φ = 0.9) can be projected without refitting.
/// </summary>
public abstract record TrendParameters
{
    private protected TrendParameters()
    {
    }

    /// <summary>The residual spread on the model's own scale (s for OLS models, σ for smoothing models).</summary>
    internal abstract double Spread { get; }

    /// <summary>The central projection (median of the predictive distribution) for <paramref name="year"/>.</summary>
    public abstract double Project(int year);

    /// <summary>The predictive distribution of the value in <paramref name="year"/>.</summary>
    public abstract PredictiveDistribution Distribution(int year);

    /// <summary>A central prediction interval at <paramref name="level"/> (for example 0.95) for <paramref name="year"/>.</summary>
    public Interval Predict(int year, double level) => Interval.From(year, level, Distribution(year));

    /// <summary>
    /// mean + scale·T with T Student-t on <paramref name="degreesOfFreedom"/> (normal when infinite), or a point mass
    /// when the scale is zero.
    /// </summary>
    private protected static PredictiveDistribution Spreading(
        double mean,
        double scale,
        double degreesOfFreedom,
        ValueTransform transform = ValueTransform.Identity,
        ValueRange bounds = default) =>
        scale > 0
            ? new PredictiveDistribution(
                double.IsPositiveInfinity(degreesOfFreedom) ? DistributionFamily.Normal : DistributionFamily.StudentT,
                mean,
                scale,
                degreesOfFreedom,
                transform,
                bounds)
            : new PredictiveDistribution(DistributionFamily.PointMass, mean, 0, double.PositiveInfinity, transform, bounds);

    /// <summary>A normal distribution N(mean, sd²), or a point mass when sd is zero.</summary>
    private protected static PredictiveDistribution NormalOrPoint(double mean, double sd) => Spreading(mean, sd, double.PositiveInfinity);
}
