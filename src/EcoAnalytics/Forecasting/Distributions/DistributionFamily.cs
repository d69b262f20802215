namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>The family of a <see cref="PredictiveDistribution"/> on its (possibly transformed) scale.</summary>
public enum DistributionFamily
{
    /// <summary>Normal with mean Location and standard deviation Scale.</summary>
    Normal,

    /// <summary>Location-scale Student-t: Location + Scale·T(ν), ν = DegreesOfFreedom.</summary>
    StudentT,

    /// <summary>All mass at Location (zero residual variance). Probabilities are 0 or 1.</summary>
    PointMass,
}
