using EcoAnalytics.Catalog;
using EcoAnalytics.Data;

namespace EcoAnalytics.Synthetic;

/// <summary>A national-scale synthetic panel: made-up counties and their generated observations. Nothing in it is observed.</summary>
/// <param name="Counties">The synthetic counties (<c>syn0001</c>, 合成县0001, …), terrain drawn.</param>
/// <param name="Observations">Counties × indicators × years rows, every one with source <c>synthetic</c>.</param>
public sealed record NationalPanel(CountyRegistry Counties, ObservationTable Observations);
