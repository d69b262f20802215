using EcoAnalytics.Simulation;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Tests.Simulation;

public sealed class NormalStreamTests
{
    [Fact]
    public void Draws_AreStandardNormal_InTheBodyTheWedgesAndTheTail()
    {
        const int n = 2_000_000;
        var draws = new double[n];
        new NormalStream(12345).Fill(draws);
        var mean = draws.Average();
        var variance = draws.Sum(x => (x - mean) * (x - mean)) / (n - 1);
        Assert.InRange(mean, -0.004, 0.004); // ±5.7 standard errors
        Assert.InRange(variance, 0.99, 1.01);

        // Counts in 20 equiprobable bins: chi-square with 19 degrees of freedom, well below its 0.999 quantile (43.8).
        var edges = Enumerable.Range(1, 19).Select(k => Normal.InvCDF(0, 1, k / 20.0)).ToArray();
        var counts = new int[20];
        foreach (var x in draws)
        {
            var bin = Array.BinarySearch(edges, x);
            counts[bin < 0 ? ~bin : bin]++;
        }

        var expected = n / 20.0;
        var chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chi2 < 43.8, $"chi-square {chi2}");

        // The tail beyond the ziggurat's base (3.4426) and beyond 4: the slow paths are right too.
        foreach (var cut in new[] { 3.442619855899, 4.0 })
        {
            var p = 2 * (1 - Normal.CDF(0, 1, cut));
            var observed = draws.Count(x => Math.Abs(x) > cut) / (double)n;
            Assert.True(Math.Abs(observed - p) < 5 * Math.Sqrt(p / n), $"|x| > {cut}: {observed} vs {p}");
        }
    }

    [Fact]
    public void SameSeed_SameSequence_OtherSeed_Other()
    {
        var a = new double[1000];
        var b = new double[1000];
        var c = new double[1000];
        new NormalStream(7).Fill(a);
        new NormalStream(7).Fill(b);
        new NormalStream(8).Fill(c);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
