using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

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
    public int DegreesOfFreedom => N - 2;

    /// <inheritdoc/>
    internal override double Spread => ResidualSd;

    /// <inheritdoc/>
    public override double Project(int year) => Line.Project(year);

    /// <summary>The standard error of a new observation in <paramref name="year"/>: s·√(1 + 1/n + (x0 − x̄)²/Sxx).</summary>
    public double PredictionStandardError(int year) => Line.PredictionStandardError(year);

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year) => Line.Distribution(year, ValueTransform.Identity, default);

    /// <summary>The same numbers as a value, where the formulas live.</summary>
    internal OlsLine Line => new(Slope, CenterYear, CenterValue, ResidualSd, N, SumSquaresYears);

    internal PredictiveDistribution Distribution(int year, ValueTransform transform, ValueRange bounds) => Line.Distribution(year, transform, bounds);

    /// <summary>The parameters of <paramref name="line"/>.</summary>
    internal static LinearParameters From(in OlsLine line) =>
        new(line.Slope, line.CenterYear, line.CenterValue, line.ResidualSd, line.N, line.SumSquaresYears);

    /// <summary>Fits the line to the points' values; returns Σeᵢ².</summary>
    internal static LinearParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, out double sse) =>
        From(OlsLine.Estimate(points, out sse));

    /// <summary>Fits the line to <paramref name="y"/> (the transformed values) at the points' years; returns Σeᵢ².</summary>
    internal static LinearParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> y, out double sse) =>
        From(OlsLine.Estimate(points, y, out sse));
}
