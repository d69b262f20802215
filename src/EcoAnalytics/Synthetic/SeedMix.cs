namespace EcoAnalytics.Synthetic;

/// <summary>
/// Derives a stable per-series seed from the user's seed and the series' ids (FNV-1a over the characters), so a
/// series does not change when counties or indicators are added elsewhere, and never depends on
/// <see cref="string.GetHashCode()"/>, which is randomised per process.
/// </summary>
internal static class SeedMix
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static int Of(int seed, string first, string second = "")
    {
        var hash = Offset;
        hash = Add(hash, (uint)seed);
        foreach (var c in first)
        {
            hash = Add(hash, c);
        }

        hash = Add(hash, '\u001F');
        foreach (var c in second)
        {
            hash = Add(hash, c);
        }

        return (int)(hash ^ (hash >> 32)) & int.MaxValue;
    }

    public static Random Random(int seed, string first, string second = "") => new(Of(seed, first, second));

    private static ulong Add(ulong hash, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            hash = (hash ^ ((value >> (8 * i)) & 0xFF)) * Prime;
        }

        return hash;
    }
}
