using EcoAnalytics.Forecasting.Distributions;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Random walk with drift: ŷ(n+h) = y_n + h·c with c = (y_n − y_1)/(t_n − t_1), predictive distribution
/// N(ŷ, σ²·h·(1 + h/(t_n − t_1))) (FPP: the second term is the drift's estimation error).
/// σ² = Σ((Δᵢ − c·gᵢ)²/gᵢ)/(m − 1) over the m changes Δᵢ spanning gᵢ years.
/// </summary>
/// <param name="LastValue">y_n.</param>
/// <param name="Drift">c, the average change per year.</param>
/// <param name="OriginYear">The last observed year n.</param>
/// <param name="SpanYears">t_n − t_1.</param>
/// <param name="Sigma">σ, the standard deviation of one year's change around the drift.</param>
public sealed record DriftParameters(double LastValue, double Drift, int OriginYear, int SpanYears, double Sigma) : TrendParameters
{
    /// <inheritdoc/>
    internal override double Spread => Sigma;

    /// <inheritdoc/>
    public override double Project(int year) => LastValue + (Drift * Math.Max(year - OriginYear, 0));

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year)
    {
        double h = Math.Max(year - OriginYear, 1);
        return NormalOrPoint(Project(year), Sigma * Math.Sqrt(h * (1 + (h / SpanYears))));
    }

    internal static DriftParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, out double sse)
    {
        var span = points[^1].Year - points[0].Year;
        var drift = (points[^1].Value - points[0].Value) / span;
        sse = 0;
        double magnitude = 0;
        for (var i = 1; i < points.Length; i++)
        {
            var gap = points[i].Year - points[i - 1].Year;
            var e = points[i].Value - points[i - 1].Value - (drift * gap);
            sse += e * e / gap;
            magnitude = Math.Max(magnitude, Math.Abs(points[i].Value));
        }

        var sigma = Math.Sqrt(sse / (points.Length - 2));
        if (Degeneracy.IsZeroSpread(sigma, magnitude))
        {
            (sigma, sse) = (0, 0);
        }

        return new DriftParameters(points[^1].Value, drift, points[^1].Year, span, sigma);
    }
}

/// <summary>
/// <see cref="TrendModel.Drift"/>: estimates the drift c (and σ); its likelihood is conditional on the first value, so
/// it has no comparable AICc. Steps year by year.
/// </summary>
internal sealed class DriftModel : TrendModelDescriptor
{
    public static DriftModel Instance { get; } = new();

    public override TrendModel Model => TrendModel.Drift;

    public override bool AiccComparable => false;

    public override bool StepsYearByYear => true;

    public override int EstimatedQuantities(TrendOptions options) => 1;

    public override ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options) =>
        new(DriftParameters.Estimate(points, out var sse), sse, 0, null);
}
