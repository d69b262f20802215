using EcoAnalytics.Forecasting.Distributions;

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

/// <summary>
/// Least-squares estimation of <see cref="DampedParameters"/>. The initial slope b0 is the OLS slope (short series
/// cannot support estimating it as well); for given (α, β, φ) the one-step errors are affine in the initial level ℓ0,
/// which is therefore solved exactly. (α, β/α, φ) are searched on a coarse grid, then refined by compass search,
/// with α in [0.0001, 0.9999], 0 &lt; β ≤ α and φ in [0.8, 0.98] unless fixed. s² = Σe²/(n − p), p the number of
/// estimated quantities (5, or 4 with φ fixed), with a Student-t predictive distribution on n − p degrees of freedom.
/// </summary>
internal sealed class DampedModel : TrendModelDescriptor
{
    private const int MaxIterations = 1000;
    private static readonly double[] AlphaGrid = [0.1, 0.3, 0.5, 0.7, 0.9];
    private static readonly double[] RatioGrid = [0.05, 0.3, 0.6, 1.0];
    private static readonly double[] PhiGrid = [DampedParameters.MinPhi, 0.89, DampedParameters.MaxPhi];

    public static DampedModel Instance { get; } = new();

    public override TrendModel Model => TrendModel.Damped;

    public override bool StepsYearByYear => true;

    /// <summary>ℓ0, b0 (the OLS slope), α, β and, unless fixed, φ.</summary>
    public override int EstimatedQuantities(TrendOptions options) => Quantities(options.DampingFactor is null);

    public override ModelEstimate Estimate(ReadOnlySpan<(int Year, double Value)> points, TrendOptions options) =>
        new(Estimate(points, options.DampingFactor, out var sse), sse, 0, null);

    public static DampedParameters Estimate(ReadOnlySpan<(int Year, double Value)> points, double? fixedPhi, out double sse)
    {
        var n = points.Length;
        Span<double> y = n <= 256 ? stackalloc double[n] : new double[n];
        double magnitude = 0;
        for (var i = 0; i < n; i++)
        {
            y[i] = points[i].Value;
            magnitude = Math.Max(magnitude, Math.Abs(y[i]));
        }

        var slope0 = LinearParameters.Estimate(points, y, out _).Slope;
        Span<double> best = [AlphaGrid[0], RatioGrid[0], fixedPhi ?? PhiGrid[0]];
        var bestSse = double.PositiveInfinity;
        double[] phis = fixedPhi is { } phi ? [phi] : PhiGrid;
        foreach (var a in AlphaGrid)
        {
            foreach (var r in RatioGrid)
            {
                foreach (var p in phis)
                {
                    var s = Sse(points, y, slope0, a, r * a, p, out _, out _, out _);
                    if (s < bestSse)
                    {
                        (bestSse, best[0], best[1], best[2]) = (s, a, r, p);
                    }
                }
            }
        }

        // Compass search on (α, β/α, φ) inside the box.
        Span<double> lower = [Ses.MinAlpha, 1e-4, fixedPhi ?? DampedParameters.MinPhi];
        Span<double> upper = [Ses.MaxAlpha, 1, fixedPhi ?? DampedParameters.MaxPhi];
        Span<double> step = [0.1, 0.15, fixedPhi is null ? 0.04 : 0];
        Span<double> trial = stackalloc double[3];
        for (var iteration = 0; step[0] > 1e-4 && iteration < MaxIterations; iteration++)
        {
            var improved = false;
            for (var k = 0; k < 3; k++)
            {
                if (step[k] == 0)
                {
                    continue;
                }

                foreach (var sign in (ReadOnlySpan<double>)[1.0, -1.0])
                {
                    best.CopyTo(trial);
                    trial[k] = Math.Clamp(best[k] + (sign * step[k]), lower[k], upper[k]);
                    var s = Sse(points, y, slope0, trial[0], trial[1] * trial[0], trial[2], out _, out _, out _);
                    if (s < bestSse - (1e-12 * Math.Max(1, bestSse)))
                    {
                        bestSse = s;
                        trial.CopyTo(best);
                        improved = true;
                        break;
                    }
                }
            }

            if (!improved)
            {
                for (var k = 0; k < 3; k++)
                {
                    step[k] /= 2;
                }
            }
        }

        var (alpha, beta, phiHat) = (best[0], best[1] * best[0], best[2]);
        sse = Sse(points, y, slope0, alpha, beta, phiHat, out var level, out var slope, out _);
        var df = n - Quantities(fixedPhi is null);
        var sigma = Math.Sqrt(sse / df);
        if (Degeneracy.IsZeroSpread(sigma, magnitude))
        {
            sigma = 0;
            sse = 0;
        }

        return new DampedParameters(alpha, beta, phiHat, level, slope, points[^1].Year, sigma, df);
    }

    /// <summary>Quantities estimated from the series: ℓ0, b0 (the OLS slope), α, β and, unless fixed, φ.</summary>
    private static int Quantities(bool phiEstimated) => phiEstimated ? 5 : 4;

    /// <summary>SSE at (α, β, φ) with the optimal ℓ0; returns the final states for that ℓ0.</summary>
    private static double Sse(
        ReadOnlySpan<(int Year, double Value)> points,
        ReadOnlySpan<double> y,
        double slope0,
        double alpha,
        double beta,
        double phi,
        out double level,
        out double slope,
        out double level0)
    {
        // States as affine functions of ℓ0: ℓ = cl + dl·ℓ0, b = cb + db·ℓ0.
        double cl = 0, dl = 1, cb = slope0, db = 0, sdd = 0, sdr = 0, srr = 0;
        var j = 0;
        for (var year = points[0].Year; year <= points[^1].Year; year++)
        {
            var cp = cl + (phi * cb);
            var dp = dl + (phi * db);
            if (points[j].Year == year)
            {
                var r = y[j] - cp;
                sdd += dp * dp;
                sdr += dp * r;
                srr += r * r;
                (cl, dl) = (cp + (alpha * r), (1 - alpha) * dp);
                (cb, db) = ((phi * cb) + (beta * r), (phi * db) - (beta * dp));
                j++;
            }
            else
            {
                (cl, dl) = (cp, dp);
                (cb, db) = (phi * cb, phi * db);
            }
        }

        level0 = sdr / sdd;
        level = cl + (dl * level0);
        slope = cb + (db * level0);
        return Math.Max(srr - (sdr * sdr / sdd), 0);
    }
}
