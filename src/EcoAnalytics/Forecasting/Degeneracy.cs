namespace EcoAnalytics.Forecasting;

/// <summary>When a residual spread counts as zero (floating-point noise around an exact fit).</summary>
internal static class Degeneracy
{
    /// <summary>Relative tolerance: spreads below 1e-10 of the data's magnitude are rounding error.</summary>
    public const double RelativeTolerance = 1e-10;

    public static bool IsZeroSpread(double spread, double magnitude) => spread <= RelativeTolerance * Math.Max(1, magnitude);
}
