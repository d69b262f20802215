using EcoAnalytics.Catalog;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>
/// The predictive distribution of an indicator value in one year: g(Y) ~ Location + Scale·D, where g is
/// <see cref="Transform"/> and D is standard normal, standard Student-t with <see cref="DegreesOfFreedom"/>,
/// or a point mass. Because g is monotone, quantiles and probabilities are exact back-transforms
/// (closed form; no simulation). The centre <see cref="Median"/> equals the mean only for the identity transform.
/// </summary>
/// <param name="Family">Normal, Student-t or point mass (zero variance).</param>
/// <param name="Location">Centre on the g scale.</param>
/// <param name="Scale">Spread on the g scale (the standard deviation for Normal, the t scale for StudentT; 0 for PointMass).</param>
/// <param name="DegreesOfFreedom">ν for Student-t; +∞ for Normal and PointMass.</param>
/// <param name="Transform">The transform g.</param>
/// <param name="Bounds">The limits (a, b) of the logit transform; ignored otherwise.</param>
public readonly record struct PredictiveDistribution(
    DistributionFamily Family,
    double Location,
    double Scale,
    double DegreesOfFreedom,
    ValueTransform Transform,
    ValueRange Bounds)
{
    /// <summary>The median on the original scale, g⁻¹(Location): the central projection.</summary>
    public double Median => Inverse(Location);

    /// <summary>The p-quantile on the original scale, g⁻¹(Location + Scale·q_p), for 0 &lt; p &lt; 1.</summary>
    public double Quantile(double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "Probability must be in (0, 1).");
        }

        if (Family == DistributionFamily.PointMass)
        {
            return Median;
        }

        // Symmetric standard distributions: q(p) = −q(1 − p); asking for the upper tail keeps the cache small.
        var q = p >= 0.5 ? StandardQuantiles.Get(DegreesOfFreedom, p) : -StandardQuantiles.Get(DegreesOfFreedom, 1 - p);
        return Inverse(Location + (Scale * q));
    }

    /// <summary>P(Y ≤ value). For a point mass: 1 when the median is at or below <paramref name="value"/>, else 0.</summary>
    public double Cdf(double value) => ProbabilityAtMost(value);

    /// <summary>P(Y ≤ threshold), closed form. Thresholds outside the support give 0 or 1.</summary>
    public double ProbabilityAtMost(double threshold)
    {
        if (double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "Threshold is NaN.");
        }

        return Family == DistributionFamily.PointMass
            ? (Median <= threshold ? 1.0 : 0.0)
            : StandardCdf(Standardise(threshold));
    }

    /// <summary>P(Y ≥ threshold), closed form. Thresholds outside the support give 0 or 1.</summary>
    public double ProbabilityAtLeast(double threshold)
    {
        if (double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "Threshold is NaN.");
        }

        return Family == DistributionFamily.PointMass
            ? (Median >= threshold ? 1.0 : 0.0)
            : StandardCdf(-Standardise(threshold));
    }

    /// <summary>P(the target is met): at least the target when higher is better, at most it when lower is better.</summary>
    public double ProbabilityMeets(double target, Direction direction) =>
        direction == Direction.HigherIsBetter ? ProbabilityAtLeast(target) : ProbabilityAtMost(target);

    internal double Forward(double y) => Transform switch
    {
        ValueTransform.Log => y > 0 ? Math.Log(y) : double.NegativeInfinity,
        ValueTransform.Logit => y <= Bounds.Min ? double.NegativeInfinity
            : y >= Bounds.Max ? double.PositiveInfinity
            : ScaledLogit.Forward(y, Bounds),
        _ => y,
    };

    internal double Inverse(double z) => Transform switch
    {
        ValueTransform.Log => Math.Exp(z),
        ValueTransform.Logit => ScaledLogit.Inverse(z, Bounds),
        _ => z,
    };

    /// <summary>
    /// Fills <paramref name="draws"/> with independent draws g⁻¹(Location + Scale·D) from <paramref name="random"/>
    /// (all equal to the median for a point mass), so a seeded generator gives the same draws every run.
    /// </summary>
    internal void Sample(Random random, Span<double> draws)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var i = 0; i < draws.Length; i++)
        {
            var d = Family switch
            {
                DistributionFamily.StudentT => StudentT.Sample(random, 0, 1, DegreesOfFreedom),
                DistributionFamily.Normal => Normal.Sample(random, 0, 1),
                _ => 0,
            };
            draws[i] = Inverse(Location + (Scale * d));
        }
    }

    private double Standardise(double threshold)
    {
        var z = Forward(threshold);
        return double.IsInfinity(z) ? z : (z - Location) / Scale;
    }

    private double StandardCdf(double z)
    {
        if (double.IsNegativeInfinity(z))
        {
            return 0;
        }

        if (double.IsPositiveInfinity(z))
        {
            return 1;
        }

        return Family == DistributionFamily.StudentT
            ? StudentT.CDF(0, 1, DegreesOfFreedom, z)
            : 0.5 * SpecialFunctions.Erfc(-z / Constants.Sqrt2);
    }
}
