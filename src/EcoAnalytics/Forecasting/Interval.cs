namespace EcoAnalytics.Forecasting;

/// <summary>
/// A central prediction interval for one year: [Lower, Upper] holds the value with probability
/// <see cref="Level"/> under the model. <see cref="Median"/> is the central projection (equal to the mean
/// for untransformed models; the back-transformed median for log and logit models).
/// </summary>
/// <param name="Year">The projected year.</param>
/// <param name="Level">Nominal coverage in (0, 1), for example 0.95.</param>
/// <param name="Median">The central projection.</param>
/// <param name="Lower">The (1 − Level)/2 quantile.</param>
/// <param name="Upper">The (1 + Level)/2 quantile.</param>
/// <param name="Distribution">The full predictive distribution, for closed-form probabilities.</param>
public readonly record struct Interval(
    int Year,
    double Level,
    double Median,
    double Lower,
    double Upper,
    PredictiveDistribution Distribution)
{
    /// <summary>Upper − Lower.</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether <paramref name="value"/> lies in [Lower, Upper].</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    internal static Interval From(int year, double level, in PredictiveDistribution distribution)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Level must be in (0, 1), for example 0.95.");
        }

        var median = distribution.Median;
        if (distribution.Family == DistributionFamily.PointMass)
        {
            return new Interval(year, level, median, median, median, distribution);
        }

        var halfWidth = distribution.Scale * StandardQuantiles.Get(distribution.DegreesOfFreedom, 0.5 + (level / 2));
        return new Interval(
            year,
            level,
            median,
            distribution.Inverse(distribution.Location - halfWidth),
            distribution.Inverse(distribution.Location + halfWidth),
            distribution);
    }
}
