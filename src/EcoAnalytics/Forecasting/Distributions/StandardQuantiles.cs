using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>
/// Quantiles of the standard normal and Student-t, cached per (family, degrees of freedom, probability):
/// <c>StudentT.InvCDF</c> costs microseconds, far more than a whole OLS fit.
/// </summary>
internal static class StandardQuantiles
{
    private static readonly ConcurrentDictionary<(double Df, double P), double> Cache = new();

    // The most recent entry, shared by all threads: entries are immutable, so a racing overwrite only costs a
    // dictionary lookup. (A [ThreadStatic] memo goes through __tls_get_addr, slower than this.)
    private static volatile Entry? _last;

    /// <summary>The p-quantile of N(0, 1) when <paramref name="df"/> is infinite, else of Student-t with df degrees.</summary>
    public static double Get(double df, double p)
    {
        var last = _last;
        if (last is not null && last.Df == df && last.P == p)
        {
            return last.Value;
        }

        return Lookup(df, p);
    }

    // The dictionary path, out of line so that the check of the last entry inlines into callers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Lookup(double df, double p)
    {
        // Interval levels repeat (0.8, 0.95, …) and are worth caching; arbitrary probabilities (inverse-CDF sampling
        // in a simulation, a sweep over levels) must not grow the cache without bound, so past the cap they are computed.
        if (!Cache.TryGetValue((df, p), out var value))
        {
            value = Compute(df, p);
            if (Cache.Count < MaxEntries)
            {
                Cache.TryAdd((df, p), value);
            }
        }

        _last = new Entry(df, p, value);
        return value;
    }

    /// <summary>The most (degrees of freedom, probability) pairs kept; about 100 KB.</summary>
    internal const int MaxEntries = 4096;

    /// <summary>Entries cached now (for tests).</summary>
    internal static int Count => Cache.Count;

    private static double Compute(double df, double p) =>
        double.IsPositiveInfinity(df) ? Normal.InvCDF(0, 1, p) : StudentT.InvCDF(0, 1, df, p);

    private sealed record Entry(double Df, double P, double Value);
}
