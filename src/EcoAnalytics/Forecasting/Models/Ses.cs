namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// Simple exponential smoothing with a fixed drift, ℓ_t = ℓ_{t−1} + d + α·e_t, e_t = z_t − ℓ_{t−1} − d, stepping
/// year by year; years without an observation propagate the state without correction. For a given α the one-step
/// errors are affine in the initial level ℓ0, so ℓ0 is solved exactly and only α is searched (grid, then golden
/// section) over [<see cref="MinAlpha"/>, <see cref="MaxAlpha"/>], the bounds used by R <c>forecast::ets</c>.
/// </summary>
internal static class Ses
{
    public const double MinAlpha = 1e-4;
    public const double MaxAlpha = 1 - 1e-4;
    private const int GridSteps = 20;
    private const double Tolerance = 1e-7;

    /// <summary>Least-squares α and initial level ℓ0 (the level one year before the first point).</summary>
    public static (double Alpha, double Level0) Fit(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> z, double drift)
    {
        var bestAlpha = MinAlpha;
        var bestSse = double.PositiveInfinity;
        var bestIndex = 0;
        for (var i = 0; i <= GridSteps; i++)
        {
            var alpha = GridAlpha(i);
            var sse = Sse(points, z, drift, alpha, out _);
            if (sse < bestSse)
            {
                (bestSse, bestAlpha, bestIndex) = (sse, alpha, i);
            }
        }

        // Golden-section refinement inside the bracket around the best grid point.
        var lo = GridAlpha(Math.Max(bestIndex - 1, 0));
        var hi = GridAlpha(Math.Min(bestIndex + 1, GridSteps));
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var x1 = hi - (ratio * (hi - lo));
        var x2 = lo + (ratio * (hi - lo));
        var f1 = Sse(points, z, drift, x1, out _);
        var f2 = Sse(points, z, drift, x2, out _);
        while (hi - lo > Tolerance)
        {
            if (f1 <= f2)
            {
                (hi, x2, f2) = (x2, x1, f1);
                x1 = hi - (ratio * (hi - lo));
                f1 = Sse(points, z, drift, x1, out _);
            }
            else
            {
                (lo, x1, f1) = (x1, x2, f2);
                x2 = lo + (ratio * (hi - lo));
                f2 = Sse(points, z, drift, x2, out _);
            }
        }

        var (candidate, candidateSse) = f1 <= f2 ? (x1, f1) : (x2, f2);
        if (candidateSse < bestSse)
        {
            bestAlpha = candidate;
        }

        Sse(points, z, drift, bestAlpha, out var level0);
        return (bestAlpha, level0);
    }

    /// <summary>The one-step SSE at α with the optimal ℓ0 (returned in <paramref name="level0"/>).</summary>
    public static double Sse(ReadOnlySpan<(int Year, double Value)> points, ReadOnlySpan<double> z, double drift, double alpha, out double level0)
    {
        // Level before year t: c + D·ℓ0. Residual at an observed year: r − D·ℓ0 with r = z − c − d.
        double c = 0, d = 1, sdd = 0, sdr = 0, srr = 0;
        var j = 0;
        for (var year = points[0].Year; year <= points[^1].Year; year++)
        {
            c += drift;
            if (points[j].Year == year)
            {
                var r = z[j] - c;
                sdd += d * d;
                sdr += d * r;
                srr += r * r;
                c += alpha * r;
                d *= 1 - alpha;
                j++;
            }
        }

        level0 = sdr / sdd;
        return Math.Max(srr - (sdr * sdr / sdd), 0);
    }

    private static double GridAlpha(int i) => i == 0 ? MinAlpha : i == GridSteps ? MaxAlpha : (double)i / GridSteps;
}
