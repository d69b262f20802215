using System.Numerics;
using System.Runtime.CompilerServices;

namespace EcoAnalytics.Simulation;

/// <summary>
/// A seeded stream of standard-normal draws: xoshiro256** (Blackman and Vigna) for the bits, seeded through SplitMix64,
/// and the ziggurat method of Marsaglia and Tsang (2000, 128 layers) for the normal deviates — about one multiply and one
/// comparison per draw on the fast path, with the exact tail and wedge corrections. A value type without virtual calls:
/// the simulator's draws cost a few nanoseconds each instead of the ~100 ns of a general-purpose <see cref="Random"/>
/// with Box–Muller. The same seed gives the same sequence on every machine.
/// </summary>
internal struct NormalStream
{
    private const int Layers = 128;
    private const double TailStart = 3.442619855899;
    private const double LayerArea = 9.91256303526217e-3;
    private static readonly uint[] Kn = new uint[Layers];
    private static readonly double[] Wn = new double[Layers];
    private static readonly double[] Fn = new double[Layers];

    private ulong _s0, _s1, _s2, _s3;

    static NormalStream()
    {
        const double m = 2147483648.0; // 2^31
        var dn = TailStart;
        var tn = dn;
        var q = LayerArea / Math.Exp(-0.5 * dn * dn);
        Kn[0] = (uint)(dn / q * m);
        Kn[1] = 0;
        Wn[0] = q / m;
        Wn[Layers - 1] = dn / m;
        Fn[0] = 1;
        Fn[Layers - 1] = Math.Exp(-0.5 * dn * dn);
        for (var i = Layers - 2; i >= 1; i--)
        {
            dn = Math.Sqrt(-2 * Math.Log((LayerArea / dn) + Math.Exp(-0.5 * dn * dn)));
            Kn[i + 1] = (uint)(dn / tn * m);
            tn = dn;
            Fn[i] = Math.Exp(-0.5 * dn * dn);
            Wn[i] = dn / m;
        }
    }

    /// <summary>A stream seeded with <paramref name="seed"/> (SplitMix64 fills the 256-bit state).</summary>
    public NormalStream(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>Fills <paramref name="draws"/> with independent standard-normal draws.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill(Span<double> draws)
    {
        for (var i = 0; i < draws.Length; i++)
        {
            draws[i] = Next();
        }
    }

    /// <summary>The next standard-normal draw.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Next()
    {
        var hz = (int)(NextBits() >> 32);
        var iz = hz & (Layers - 1);
        return (uint)Math.Abs((long)hz) < Kn[iz] ? hz * Wn[iz] : Slow(hz, iz);
    }

    // The wedges and the tail: rare (about 2 % of draws).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double Slow(int hz, int iz)
    {
        while (true)
        {
            var x = hz * Wn[iz];
            if (iz == 0)
            {
                double y;
                do
                {
                    x = -Math.Log(Uniform()) / TailStart;
                    y = -Math.Log(Uniform());
                }
                while (y + y < x * x);

                return hz > 0 ? TailStart + x : -TailStart - x;
            }

            if (Fn[iz] + (Uniform() * (Fn[iz - 1] - Fn[iz])) < Math.Exp(-0.5 * x * x))
            {
                return x;
            }

            hz = (int)(NextBits() >> 32);
            iz = hz & (Layers - 1);
            if ((uint)Math.Abs((long)hz) < Kn[iz])
            {
                return hz * Wn[iz];
            }
        }
    }

    // (0, 1]: never 0, so that the logarithms above are finite.
    private double Uniform() => ((NextBits() >> 11) + 1) * (1.0 / 9007199254740992.0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong NextBits()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
