using System.Diagnostics.CodeAnalysis;
using EcoAnalytics.Catalog;

namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>
/// A central prediction interval for one year: [Lower, Upper] holds the value with probability
/// <see cref="Level"/> under the model. <see cref="Median"/> is the central projection (equal to the mean
/// for untransformed models; the back-transformed median for log and logit models).
/// </summary>
public readonly record struct Interval
{
    /// <summary>Creates an interval; <paramref name="lower"/> ≤ <paramref name="median"/> ≤ <paramref name="upper"/> is not checked.</summary>
    /// <param name="year">The projected year.</param>
    /// <param name="level">Nominal coverage in (0, 1), for example 0.95.</param>
    /// <param name="median">The central projection.</param>
    /// <param name="lower">The (1 − level)/2 quantile.</param>
    /// <param name="upper">The (1 + level)/2 quantile.</param>
    /// <param name="distribution">The full predictive distribution, for closed-form probabilities.</param>
    public Interval(int year, double level, double median, double lower, double upper, in PredictiveDistribution distribution)
    {
        Year = year;
        Level = level;
        Median = median;
        Lower = lower;
        Upper = upper;
        Distribution = distribution;
    }

    /// <summary>The projected year.</summary>
    public int Year { get; }

    /// <summary>Nominal coverage in (0, 1), for example 0.95.</summary>
    public double Level { get; }

    /// <summary>The central projection.</summary>
    public double Median { get; }

    /// <summary>The (1 − Level)/2 quantile.</summary>
    public double Lower { get; }

    /// <summary>The (1 + Level)/2 quantile.</summary>
    public double Upper { get; }

    /// <summary>The full predictive distribution, for closed-form probabilities.</summary>
    public PredictiveDistribution Distribution { get; }

    /// <summary>Upper − Lower.</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether <paramref name="value"/> lies in [Lower, Upper].</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    internal static Interval From(int year, double level, in PredictiveDistribution distribution) =>
        From(year, level, distribution, ValueRange.Unlimited);

    /// <summary>The central interval of <paramref name="distribution"/>, its median and limits clamped to <paramref name="range"/>.</summary>
    internal static Interval From(int year, double level, in PredictiveDistribution distribution, in ValueRange range)
    {
        if (!(level > 0 && level < 1))
        {
            ThrowLevelOutOfRange(level);
        }

        var median = range.Clamp(distribution.Median);
        if (distribution.Family == DistributionFamily.PointMass)
        {
            return new Interval(year, level, median, median, median, distribution);
        }

        var halfWidth = distribution.Scale * StandardQuantiles.Get(distribution.DegreesOfFreedom, 0.5 + (level / 2));
        if (distribution.Transform == ValueTransform.Identity)
        {
            var centre = distribution.Location;
            return new Interval(year, level, median, range.Clamp(centre - halfWidth), range.Clamp(centre + halfWidth), distribution);
        }

        return new Interval(
            year,
            level,
            median,
            range.Clamp(distribution.Inverse(distribution.Location - halfWidth)),
            range.Clamp(distribution.Inverse(distribution.Location + halfWidth)),
            distribution);
    }

    [DoesNotReturn]
    private static void ThrowLevelOutOfRange(double level) =>
        throw new ArgumentOutOfRangeException(nameof(level), level, "Level must be in (0, 1), for example 0.95.");
}
