using EcoAnalytics.Simulation;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace EcoAnalytics.Bench;

/// <summary>
/// The hand-written limits each stage is measured against: closed-form OLS with the t quantile computed once (forecast)
/// and bulk standard-normal sampling into a buffer (simulate). They compute less than the library does (no model choice,
/// no calibration, no censoring, no joint counting): they are the floor, not an equivalent.
/// </summary>
internal static class Baselines
{
    /// <summary>OLS line, 80 % prediction interval and P(value ≥ threshold) at <paramref name="year"/> for every series.</summary>
    public static double ClosedFormOls(IReadOnlyList<(int Year, double Value)[]> series, double[] thresholds, int year)
    {
        double? quantileFor = null;
        var t = 0.0;
        var sum = 0.0;
        for (var s = 0; s < series.Count; s++)
        {
            var points = series[s];
            var n = points.Length;
            if (n < 3)
            {
                continue;
            }

            if (quantileFor != n)
            {
                t = StudentT.InvCDF(0, 1, n - 2, 0.9);
                quantileFor = n;
            }

            double xm = 0, ym = 0;
            foreach (var (x, y) in points)
            {
                xm += x;
                ym += y;
            }

            xm /= n;
            ym /= n;
            double sxx = 0, sxy = 0;
            foreach (var (x, y) in points)
            {
                sxx += (x - xm) * (x - xm);
                sxy += (x - xm) * (y - ym);
            }

            var b = sxy / sxx;
            double sse = 0;
            foreach (var (x, y) in points)
            {
                var e = y - ym - (b * (x - xm));
                sse += e * e;
            }

            var d = year - xm;
            var projection = ym + (b * d);
            var se = Math.Sqrt(sse / (n - 2)) * Math.Sqrt(1 + (1.0 / n) + (d * d / sxx));
            sum += projection - (t * se) + projection + (t * se) + (se > 0 ? 1 - StudentT.CDF(projection, se, n - 2, thresholds[s]) : 0);
        }

        return sum;
    }

    /// <summary>As many standard-normal draws as the simulation makes: <paramref name="paths"/> per series, one stream per series, on every core.</summary>
    public static double BulkNormalSampling(IReadOnlyList<(string County, string Indicator)> series, int paths, ulong seed)
    {
        var total = 0.0;
        var gate = new object();
        Parallel.For(0, series.Count, () => (Buffer: new double[paths], Sum: 0.0), (s, _, local) =>
        {
            Normal.Samples(new Xoshiro256StarStar((int)PathSampler.StreamSeed(seed, series[s].County, series[s].Indicator)), local.Buffer, 0, 1);
            local.Sum += local.Buffer[0];
            return local;
        }, local =>
        {
            lock (gate)
            {
                total += local.Sum;
            }
        });
        return total;
    }
}
