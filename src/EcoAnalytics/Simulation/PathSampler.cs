using EcoAnalytics.Data;

namespace EcoAnalytics.Simulation;

/// <summary>
/// The Monte-Carlo draws of one county. Each projected series gets a standard-normal path over the years after its
/// latest observation, e_h = (u_1 + … + u_h)/√h (a Brownian path, so a series' values in successive years are
/// dependent, and each e_h is exactly N(0, 1)); its value in year h is the predictive distribution's quantile at Φ(e_h),
/// so each year's marginal is the calibrated predictive distribution exactly. Indicators are correlated through the
/// increments u (Cholesky factor of <see cref="Dependence"/>), or independent. Each series draws from its own stream,
/// seeded by (seed, county, indicator): results do not depend on threads, on the order of series, or on which other
/// rules or counties are simulated.
/// </summary>
internal sealed class PathSampler : IDisposable
{
    private readonly Dictionary<(int Series, int Horizon), double[]> _draws = new();
    private readonly DrawBuffers _buffers;

    private PathSampler(int paths, DependenceSummary summary, DrawBuffers buffers)
    {
        Paths = paths;
        Summary = summary;
        _buffers = buffers;
    }

    public int Paths { get; }

    public DependenceSummary Summary { get; }

    /// <summary>The draws e_h of the item's series at the item's horizon.</summary>
    public double[] Draws(SimulationItem item) => _draws[(item.Series, item.Horizon)];

    /// <summary>Gives the draw buffers back for the next county.</summary>
    public void Dispose()
    {
        foreach (var draws in _draws.Values)
        {
            _buffers.Return(draws);
        }

        _draws.Clear();
    }

    /// <summary>Draws for every projected item of one county (numbering their series), in buffers of <paramref name="buffers"/>.</summary>
    public static PathSampler For(string county, IReadOnlyList<SimulationItem> items, Panel panel, SimulationOptions options, DrawBuffers buffers)
    {
        var codes = new List<string>();
        var horizons = new List<SortedSet<int>>();
        foreach (var item in items.Where(i => i.IsProjected))
        {
            item.Series = codes.IndexOf(item.Indicator);
            if (item.Series < 0)
            {
                item.Series = codes.Count;
                codes.Add(item.Indicator);
                horizons.Add([]);
            }

            horizons[item.Series].Add(item.Horizon);
        }

        var (cholesky, summary) = Dependence.Estimate(panel, county, codes, options);
        var sampler = new PathSampler(options.Paths, summary, buffers);
        var streams = codes.Select(code => new NormalStream(StreamSeed(options.Seed, county, code))).ToArray();
        if (cholesky is null)
        {
            for (var s = 0; s < codes.Count; s++)
            {
                sampler.Independent(s, horizons[s], ref streams[s]);
            }
        }
        else
        {
            sampler.Correlated(horizons, streams, cholesky);
        }

        return sampler;
    }

    // Only the horizons a rule needs: e at the first is one draw; each later one adds the increment since the previous.
    private void Independent(int series, SortedSet<int> horizons, ref NormalStream stream)
    {
        double[]? previous = null;
        double[]? increment = null;
        var previousHorizon = 0;
        foreach (var h in horizons)
        {
            var e = _buffers.Rent();
            if (previous is null)
            {
                stream.Fill(e);
            }
            else
            {
                // e_h = (√h₀·e_h₀ + √(h − h₀)·z)/√h.
                increment ??= _buffers.Rent();
                stream.Fill(increment);
                var a = Math.Sqrt((double)previousHorizon / h);
                var b = Math.Sqrt((double)(h - previousHorizon) / h);
                for (var p = 0; p < Paths; p++)
                {
                    e[p] = (a * previous[p]) + (b * increment[p]);
                }
            }

            _draws[(series, h)] = e;
            previous = e;
            previousHorizon = h;
        }

        if (increment is not null)
        {
            _buffers.Return(increment);
        }
    }

    // Every year up to the longest horizon, with increments correlated across series: corr(e_h) is the same for every h.
    private void Correlated(List<SortedSet<int>> horizons, NormalStream[] streams, double[] cholesky)
    {
        var m = streams.Length;
        var longest = horizons.Max(h => h.Max);
        var z = new double[m][];
        var sum = new double[m][];
        for (var s = 0; s < m; s++)
        {
            z[s] = _buffers.Rent();
            sum[s] = _buffers.Rent();
            Array.Clear(sum[s]);
        }

        for (var h = 1; h <= longest; h++)
        {
            for (var s = 0; s < m; s++)
            {
                streams[s].Fill(z[s]);
            }

            for (var s = 0; s < m; s++)
            {
                var row = sum[s];
                for (var j = 0; j <= s; j++)
                {
                    var l = cholesky[(s * m) + j];
                    if (l == 0)
                    {
                        continue;
                    }

                    var zj = z[j];
                    for (var p = 0; p < Paths; p++)
                    {
                        row[p] += l * zj[p];
                    }
                }

                if (horizons[s].Contains(h))
                {
                    var scale = 1 / Math.Sqrt(h);
                    var e = _buffers.Rent();
                    for (var p = 0; p < Paths; p++)
                    {
                        e[p] = row[p] * scale;
                    }

                    _draws[(s, h)] = e;
                }
            }
        }

        for (var s = 0; s < m; s++)
        {
            _buffers.Return(z[s]);
            _buffers.Return(sum[s]);
        }
    }

    /// <summary>A stream seed from the run's seed, the county and the indicator (FNV-1a, then SplitMix64 finalisation).</summary>
    internal static ulong StreamSeed(ulong seed, string county, string indicator)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in county + "\u001f" + indicator)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var x = seed + hash + 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

/// <summary>Draw buffers of exactly one path count, reused from county to county (a simulation allocates them once per thread, not once per series).</summary>
internal sealed class DrawBuffers(int paths)
{
    private readonly System.Collections.Concurrent.ConcurrentBag<double[]> _free = [];

    public double[] Rent() => _free.TryTake(out var buffer) ? buffer : new double[paths];

    public void Return(double[] buffer)
    {
        if (buffer.Length == paths)
        {
            _free.Add(buffer);
        }
    }
}
