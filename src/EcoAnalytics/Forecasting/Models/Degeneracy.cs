namespace EcoAnalytics.Forecasting.Models;

/// <summary>When a residual spread counts as zero (floating-point noise around an exact fit).</summary>
internal static class Degeneracy
{
    /// <summary>Relative tolerance: spreads below 1e-10 of the data's magnitude are rounding error.</summary>
    public const double RelativeTolerance = 1e-10;

    public static bool IsZeroSpread(double spread, double magnitude) => spread <= RelativeTolerance * Math.Max(1, magnitude);

    /// <summary>
    /// Whether an OLS fit is exact up to rounding: the residual sum of squares is at most 1e-12 of the total sum of
    /// squares (R² = 1 to 12 digits), or the residual spread is below 1e-10 of the data's magnitude.
    /// </summary>
    public static bool IsExactFit(double sse, double totalSumSquares, double mean, int n) =>
        sse <= 1e-12 * totalSumSquares || sse <= n * RelativeTolerance * RelativeTolerance * Math.Max(1, mean * mean);
}
