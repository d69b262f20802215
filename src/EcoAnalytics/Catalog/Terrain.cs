using System.Runtime.CompilerServices;
namespace EcoAnalytics.Catalog;

/// <summary>
/// The terrain class that terrain-dependent thresholds are keyed by (e.g. 山区 &gt; 60 %, 丘陵区 &gt; 40 %, 平原区 &gt; 18 %
/// forest coverage). Rule files and <c>counties.csv</c> write the Chinese label; see <see cref="Terrains"/>.
/// </summary>
public enum Terrain
{
    /// <summary>No terrain class (reference units such as a province).</summary>
    None,

    /// <summary>山区, mountainous.</summary>
    Mountain,

    /// <summary>丘陵区, hilly.</summary>
    Hill,

    /// <summary>平原区, plain.</summary>
    Plain,
}

/// <summary>The Chinese labels of <see cref="Terrain"/>, as the source documents print them.</summary>
public static class Terrains
{
    /// <summary>The classes that have a label, in the documents' order: 山区, 丘陵区, 平原区.</summary>
    public static IReadOnlyList<Terrain> Classes { get; } = [Terrain.Mountain, Terrain.Hill, Terrain.Plain];

    /// <summary>The label (山区, 丘陵区, 平原区), or empty for <see cref="Terrain.None"/>.</summary>
    /// <param name="terrain">The class.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on the evaluation's per-row path
    public static string Label(this Terrain terrain) => terrain switch
    {
        Terrain.Mountain => "山区",
        Terrain.Hill => "丘陵区",
        Terrain.Plain => "平原区",
        _ => string.Empty,
    };

    /// <summary>The class a label names; <see cref="Terrain.None"/> for an empty label, null for an unknown one.</summary>
    /// <param name="label">山区, 丘陵区, 平原区 or empty.</param>
    public static Terrain? Parse(string label) => label switch
    {
        "山区" => Terrain.Mountain,
        "丘陵区" => Terrain.Hill,
        "平原区" => Terrain.Plain,
        "" => Terrain.None,
        _ => null,
    };

    /// <summary>"山区/丘陵区/平原区", for messages.</summary>
    internal static string ClassList => string.Join("/", Classes.Select(Label));
}
