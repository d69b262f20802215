namespace EcoAnalytics.Catalog;

/// <summary>A county (or a reference unit such as a province) from <c>datasets/counties.csv</c>.</summary>
/// <param name="Id">Stable lower-case identifier, e.g. <c>lushi</c>.</param>
/// <param name="NameZh">Chinese name, e.g. 卢氏县.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Level">county, district, city, prefecture, province or aggregate.</param>
/// <param name="Province">Province the unit belongs to.</param>
/// <param name="Prefecture">Prefecture-level city, empty for provinces.</param>
/// <param name="Terrain">Terrain class (山区, 丘陵区 or 平原区) for terrain-dependent thresholds; <see cref="Catalog.Terrain.None"/> for reference units.</param>
/// <param name="TerrainNote">Why the terrain class was chosen.</param>
/// <param name="IsReference">True for units that only provide comparison data.</param>
public sealed record County(
    string Id,
    string NameZh,
    string NameEn,
    string Level,
    string Province,
    string Prefecture,
    Terrain Terrain,
    string TerrainNote,
    bool IsReference)
{
    /// <summary>"卢氏县 (lushi)".</summary>
    public string Label => $"{NameZh} ({Id})";
}
