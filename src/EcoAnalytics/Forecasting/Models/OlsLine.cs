using System.Runtime.CompilerServices;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// The numbers of an OLS line and its formulas, as a value: <see cref="LinearParameters"/> (and the log and logit
/// models through it) delegates here, and <see cref="TrendFit"/> keeps a linear fit in this form so that fitting
/// and projecting a linear trend allocates only the result. See <see cref="LinearParameters"/> for the formulas.
/// </summary>
/// <param name="Slope">b, change per year.</param>
/// <param name="CenterYear">x̄, the mean of the observed years.</param>
/// <param name="CenterValue">ȳ, the mean of the values.</param>
/// <param name="ResidualSd">s = √(Σeᵢ²/(n − 2)).</param>
/// <param name="N">Number of points n.</param>
/// <param name="SumSquaresYears">Σ(xᵢ − x̄)².</param>
internal readonly record struct OlsLine(double Slope, double CenterYear, double CenterValue, double ResidualSd, int N, double SumSquaresYears)
{
    /// <summary>ŷ(year) = ȳ + b·(year − x̄).</summary>
    public double Project(int year) => CenterValue + (Slope * (year - CenterYear));

    /// <summary>s·√(1 + 1/n + (x0 − x̄)²/Sxx).</summary>
    public double PredictionStandardError(int year)
    {
        var d = year - CenterYear;
        return ResidualSd * Math.Sqrt(1 + (1.0 / N) + (d * d / SumSquaresYears));
    }

    /// <summary>Student-t with n − 2 degrees of freedom on the <paramref name="transform"/> scale, or a point mass when s = 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PredictiveDistribution Distribution(int year, ValueTransform transform, ValueRange bounds)
    {
        // One construction with the varying members chosen: the struct is then built in place by inlined callers.
        var spread = ResidualSd > 0;
        return new PredictiveDistribution(
            spread ? DistributionFamily.StudentT : DistributionFamily.PointMass,
            Project(year),
            spread ? PredictionStandardError(year) : 0,
            spread ? N - 2 : double.PositiveInfinity,
            transform,
            bounds);
    }

    /// <summary>Fits the line to the points' values; returns Σeᵢ².</summary>
    public static OlsLine Estimate(ReadOnlySpan<(int Year, double Value)> points, out double sse) =>
        Estimate<FromPoints>(points, default, out sse);

    /// <summary>Fits the line to <paramref name="y"/> (the transformed values) at the points' years; returns Σeᵢ².</summary>
    public static OlsLine Estimate(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, out double sse) =>
        Estimate<FromBuffer>(points, y, out sse);

    /// <summary>
    /// Two-pass OLS: means, then centred moments Sxx, Sxy, Syy; Σe² = Syy − Sxy²/Sxx. The subtraction loses
    /// accuracy only when the fit is exact to about 12 digits, which is the degenerate case anyway
    /// (<see cref="Degeneracy.IsExactFit"/>). Specialised per value source by the JIT.
    /// </summary>
    private static OlsLine Estimate<TValues>(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, out double sse)
        where TValues : struct, IValues
    {
        var n = points.Length;
        double sx = 0, sy = 0;
        for (var i = 0; i < n; i++)
        {
            sx += points[i].Year;
            sy += TValues.Get(points, y, i);
        }

        var xm = sx / n;
        var ym = sy / n;
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = points[i].Year - xm;
            var dy = TValues.Get(points, y, i) - ym;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }

        var slope = sxy / sxx;
        sse = Degeneracy.IsExactFit(syy - (slope * sxy), syy, ym, n) ? 0 : syy - (slope * sxy);
        return new OlsLine(slope, xm, ym, n > 2 ? Math.Sqrt(sse / (n - 2)) : 0, n, sxx);
    }

    private interface IValues
    {
        static abstract double Get(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, int i);
    }

    private readonly struct FromPoints : IValues
    {
        public static double Get(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, int i) => points[i].Value;
    }

    private readonly struct FromBuffer : IValues
    {
        public static double Get(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, int i) => y[i];
    }
}
