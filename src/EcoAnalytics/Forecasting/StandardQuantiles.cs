using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MathNet.Numerics.Distributions;

namespace EcoAnalytics.Forecasting;

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
        var value = Cache.GetOrAdd((df, p), static key => Compute(key.Df, key.P));
        _last = new Entry(df, p, value);
        return value;
    }

    private static double Compute(double df, double p) =>
        double.IsPositiveInfinity(df) ? Normal.InvCDF(0, 1, p) : StudentT.InvCDF(0, 1, df, p);

    private sealed record Entry(double Df, double P, double Value);
}
