using System.Globalization;
using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Constant growth rate: ln y = a + b·year by OLS (<see cref="LogScale"/>), so ŷ(x) = exp(a + b·x), growing by
/// e^b − 1 per year. Intervals are the Student-t intervals of the log-scale line, back-transformed; the projection
/// is the median (not the mean) of the predictive distribution. Applies only to strictly positive series.
/// </summary>
/// <param name="LogScale">The OLS line on ln y (its residual sd is on the log scale).</param>
public sealed record LogLinearParameters(LinearParameters LogScale) : TrendParameters
{
    /// <summary>The constant annual growth rate e^b − 1 (for example −0.05 for a 5 % yearly decline).</summary>
    public double AnnualGrowthRate => Math.Exp(LogScale.Slope) - 1;

    /// <inheritdoc/>
    internal override double Spread => LogScale.ResidualSd;

    /// <inheritdoc/>
    public override double Project(int year) => Math.Exp(LogScale.Project(year));

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year) => LogScale.Distribution(year, ValueTransform.Log, default);
}

/// <summary><see cref="TrendModel.LogLinear"/>: OLS on ln y; the likelihood carries the Jacobian −Σ ln y.</summary>
internal sealed class LogLinearModel : TrendModelDescriptor
{
    public static LogLinearModel Instance { get; } = new();

    public override TrendModel Model => TrendModel.LogLinear;

    public override int EstimatedQuantities(TrendOptions options) => LinearModel.Quantities;

    public override ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options)
    {
        var n = points.Length;
        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        double logJacobian = 0;
        for (var i = 0; i < n; i++)
        {
            var v = points[i].Value;
            if (!(v > 0))
            {
                return ModelEstimate.NotApplicable(NotPositive(points[i]));
            }

            y[i] = Math.Log(v);
            logJacobian -= y[i];
        }

        var logScale = LinearParameters.Estimate(points, y, out var sse);
        return new ModelEstimate(new LogLinearParameters(logScale), sse, logJacobian, null);
    }

    private static string NotPositive((int Year, double Value) point) => string.Create(
        CultureInfo.InvariantCulture,
        $"LogLinear needs strictly positive values; {point.Year} has {point.Value}");
}
