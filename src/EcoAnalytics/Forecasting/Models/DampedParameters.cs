using EcoAnalytics.Forecasting.Backtesting;
using EcoAnalytics.Forecasting.Distributions;
using EcoAnalytics.Forecasting.Targets;

namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Gardner–McKenzie damped additive trend, ETS(A,Ad,N) in error-correction form:
/// ŷ_t = ℓ_{t−1} + φ·b_{t−1}, e_t = y_t − ŷ_t, ℓ_t = ŷ_t + α·e_t, b_t = φ·b_{t−1} + β·e_t.
/// Forecast ŷ(n+h) = ℓ_n + (φ + φ² + … + φ^h)·b_n; predictive distribution ŷ + s·√(1 + Σ_{j=1}^{h−1}(α + β·φ_j)²)·T
/// with φ_j = φ + … + φ^j (Hyndman et al. 2008, class 1) and T Student-t on <see cref="DegreesOfFreedom"/> (n − p for
/// p estimated quantities; normal when infinite). Years at or before <see cref="OriginYear"/> return ℓ_n with the
/// one-step spread.
/// </summary>
/// <param name="Alpha">Level smoothing α.</param>
/// <param name="Beta">Trend smoothing β (state-space form, 0 &lt; β ≤ α).</param>
/// <param name="Phi">Damping factor φ.</param>
/// <param name="Level">ℓ_n, the level in <see cref="OriginYear"/>.</param>
/// <param name="Slope">b_n, the trend per year in <see cref="OriginYear"/>.</param>
/// <param name="OriginYear">The last observed year n.</param>
/// <param name="Sigma">s, the one-step error scale, √(Σe²/(n − p)) when estimated (0 for a point projection).</param>
/// <param name="DegreesOfFreedom">ν of the Student-t predictive distribution (n − p when estimated); +∞ gives a normal one.</param>
public sealed record DampedParameters(
    double Alpha,
    double Beta,
    double Phi,
    double Level,
    double Slope,
    int OriginYear,
    double Sigma,
    double DegreesOfFreedom = double.PositiveInfinity)
    : TrendParameters
{
    /// <summary>Lower bound of the estimated damping factor.</summary>
    public const double MinPhi = 0.8;

    /// <summary>Upper bound of the estimated damping factor.</summary>
    public const double MaxPhi = 0.98;

    /// <inheritdoc/>
    internal override double Spread => Sigma;

    /// <inheritdoc/>
    public override double Project(int year)
    {
        var h = year - OriginYear;
        double sum = 0, power = 1;
        for (var i = 1; i <= h; i++)
        {
            power *= Phi;
            sum += power;
        }

        return Level + (sum * Slope);
    }

    /// <inheritdoc/>
    public override PredictiveDistribution Distribution(int year)
    {
        var h = Math.Max(year - OriginYear, 1);
        double variance = 1, phiJ = 0, power = 1;
        for (var j = 1; j < h; j++)
        {
            power *= Phi;
            phiJ += power;
            var c = Alpha + (Beta * phiJ);
            variance += c * c;
        }

        return Spreading(Project(year), Sigma * Math.Sqrt(variance), DegreesOfFreedom);
    }
}
