using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Ordinary least squares line ŷ(x) = CenterValue + Slope·(x − x̄), with x the year and x̄ = <see cref="CenterYear"/>.
/// Prediction interval: ŷ(x0) ± t(n−2, (1+level)/2)·s·√(1 + 1/n + (x0 − x̄)²/Σ(xᵢ − x̄)²), s² = Σeᵢ²/(n − 2).
/// Gaps between years need no special treatment: x is the year itself.
/// </summary>
/// <param name="Slope">b, change per year.</param>
/// <param name="CenterYear">x̄, the mean of the observed years.</param>
/// <param name="CenterValue">ȳ, the mean of the values (the line passes through (x̄, ȳ)).</param>
/// <param name="ResidualSd">s = √(Σeᵢ²/(n − 2)).</param>
/// <param name="N">Number of points n.</param>
/// <param name="SumSquaresYears">Σ(xᵢ − x̄)².</param>
public sealed record LinearParameters(
    double Slope,
    double CenterYear,
    double CenterValue,
    double ResidualSd,
    int N,
    double SumSquaresYears) : TrendParameters
{
    /// <summary>a, the line's value at year 0 (as Math.NET <c>Fit.Line</c> reports it).</summary>
    public double Intercept => CenterValue - (Slope * CenterYear);

    /// <summary>Residual degrees of freedom n − 2.</summary>
    public int DegreesOfFreedom => N - LinearModel.Quantities;

    /// <inheritdoc/>
    internal override double Spread => ResidualSd;

    /// <summary>ŷ(year) = ȳ + b·(year − x̄).</summary>
    public override double Project(int year) => CenterValue + (Slope * (year - CenterYear));

    /// <summary>The standard error of a new observation in <paramref name="year"/>: s·√(1 + 1/n + (x0 − x̄)²/Sxx).</summary>
    public double PredictionStandardError(int year)
    {
        var d = year - CenterYear;
        return ResidualSd * Math.Sqrt(1 + (1.0 / N) + (d * d / SumSquaresYears));
    }

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year) => Distribution(year, ValueTransform.Identity, default);

    /// <summary>Student-t with n − 2 degrees of freedom on the <paramref name="transform"/> scale, or a point mass when s = 0.</summary>
    internal PredictiveDistribution Distribution(int year, ValueTransform transform, ValueRange bounds)
    {
        var spread = ResidualSd > 0;
        return new PredictiveDistribution(
            spread ? DistributionFamily.StudentT : DistributionFamily.PointMass,
            Project(year),
            spread ? PredictionStandardError(year) : 0,
            spread ? DegreesOfFreedom : double.PositiveInfinity,
            transform,
            bounds);
    }

    /// <summary>Fits the line to the points' values; returns Σeᵢ².</summary>
    internal static LinearParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, out double sse) =>
        Estimate<FromPoints>(points, default, out sse);

    /// <summary>Fits the line to <paramref name="y"/> (the transformed values) at the points' years; returns Σeᵢ².</summary>
    internal static LinearParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, out double sse) =>
        Estimate<FromBuffer>(points, y, out sse);

    /// <summary>
    /// Two-pass OLS: means, then centred moments Sxx, Sxy, Syy; Σe² = Syy − Sxy²/Sxx. The subtraction loses
    /// accuracy only when the fit is exact to about 12 digits, which is the degenerate case anyway
    /// (<see cref="Degeneracy.IsExactFit"/>). Specialised per value source by the JIT.
    /// </summary>
    private static LinearParameters Estimate<TValues>(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, out double sse)
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
        return new LinearParameters(slope, xm, ym, n > 2 ? Math.Sqrt(sse / (n - 2)) : 0, n, sxx);
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

/// <summary><see cref="TrendModel.Linear"/>: OLS on the values.</summary>
internal sealed class LinearModel : TrendModelDescriptor
{
    /// <summary>The OLS line estimates a and b (shared by the log and logit models, which fit it on their scale).</summary>
    public const int Quantities = 2;

    public static LinearModel Instance { get; } = new();

    public override TrendModel Model => TrendModel.Linear;

    public override int EstimatedQuantities(TrendOptions options) => Quantities;

    public override ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options)
    {
        var p = LinearParameters.Estimate(points, out var sse);
        return new ModelEstimate(p, sse, 0, null);
    }

    /// <summary>
    /// The linear fast path, the only one (<see cref="Trend"/>.Fit routes Linear here): exactly what
    /// <see cref="TrendEstimation.Fit"/> gives for Linear, without the generic dispatch, which on a ten-point series
    /// costs about as much as the OLS fit itself (ForecastBenchmarks: 3.7–4.6× closed-form OLS through the dispatch,
    /// 2.1× direct).
    /// </summary>
    public static TrendFit Fit(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options, string? note)
    {
        if (points.Length < MinPoints)
        {
            return TrendEstimation.Fit(points, TrendModel.Linear, options, note);
        }

        var p = LinearParameters.Estimate(points, out var sse);
        var outcome = p.ResidualSd > 0 ? TrendOutcome.Fitted : TrendOutcome.Degenerate;
        return new TrendFit(TrendModel.Linear, TrendModel.Linear, outcome, p, points, new Likelihood(sse, Quantities + 1, 0), note, options.Range)
        {
            IsCalibrated = HorizonCalibration.AppliesTo(TrendModel.Linear, options),
        };
    }
}
