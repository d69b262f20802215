using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

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
