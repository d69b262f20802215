using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// No change (random walk): ŷ(n+h) = y_n, predictive distribution N(y_n, σ²h). σ² = mean of the squared annual
/// changes (a change over a gap of g years counts as g years: Σ(Δᵢ²/gᵢ)/m). The reference "no-change forecast".
/// </summary>
/// <param name="LastValue">y_n.</param>
/// <param name="OriginYear">The last observed year n.</param>
/// <param name="Sigma">σ, the standard deviation of one year's change.</param>
public sealed record NaiveParameters(double LastValue, int OriginYear, double Sigma) : TrendParameters
{
    /// <inheritdoc/>
    internal override double Spread => Sigma;

    /// <inheritdoc/>
    public override double Project(int year) => LastValue;

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year) =>
        NormalOrPoint(LastValue, Sigma * Math.Sqrt(Math.Max(year - OriginYear, 1)));

    internal static NaiveParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, out double sse)
    {
        sse = 0;
        double magnitude = 0;
        for (var i = 1; i < points.Length; i++)
        {
            var change = points[i].Value - points[i - 1].Value;
            sse += change * change / (points[i].Year - points[i - 1].Year);
            magnitude = Math.Max(magnitude, Math.Abs(points[i].Value));
        }

        var sigma = Math.Sqrt(sse / (points.Length - 1));
        if (Degeneracy.IsZeroSpread(sigma, magnitude))
        {
            (sigma, sse) = (0, 0);
        }

        return new NaiveParameters(points[^1].Value, points[^1].Year, sigma);
    }
}

/// <summary>
/// <see cref="TrendModel.Naive"/>: estimates only σ; its likelihood is conditional on the first value, so it has no
/// comparable AICc. Steps year by year.
/// </summary>
internal sealed class NaiveModel : TrendModelDescriptor
{
    public static NaiveModel Instance { get; } = new();

    public override TrendModel Model => TrendModel.Naive;

    public override bool AiccComparable => false;

    public override bool StepsYearByYear => true;

    public override int EstimatedQuantities(TrendOptions options) => 0;

    public override ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options) =>
        new(NaiveParameters.Estimate(points, out var sse), sse, 0, null);
}
