using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// Seeded generators of synthetic panels: a demonstration panel around the real observations of the programme
/// counties, and national-scale panels for benchmarks. Every generated row has source <c>synthetic</c> and a note
/// saying how it was made; generated values are never presented as observations. Same seed and same inputs give
/// the same rows in the same order, so written files are byte-identical.
/// </summary>
public static class PanelGenerator
{
    /// <summary>The seed used when none is given (the demonstration panel in <c>datasets/observations.csv</c>).</summary>
    public const int DefaultSeed = 20240101;

    /// <summary>
    /// The real observations, unchanged, plus a synthetic value for every (county, indicator, year) cell of
    /// <paramref name="counties"/> from <paramref name="firstYear"/> to <paramref name="lastYear"/> (inclusive) that
    /// has no real value — every catalog indicator, <c>gdp</c> included.
    /// </summary>
    /// <remarks>
    /// <para>Real values are never overwritten; rows already marked synthetic in <paramref name="real"/> are dropped and
    /// regenerated. Where a county-indicator has real values (any year, the most authoritative source per
    /// <see cref="Sources.Priority"/> when a year has several), the series passes through them: piecewise-linear in a
    /// bounds-respecting space (logit for percentages, log for concentrations) plus autocorrelated noise that vanishes at
    /// the real values, continued with the local trend beyond them. Without real values, level and trend are drawn from
    /// per-indicator priors (see the remarks of <c>IndicatorPriors</c> in the source), a quarter of such series stall or
    /// slip back, and ranges straddle the usual targets, so rules meet both Met and NotMet cells.</para>
    /// <para><c>good_air_days</c> is always round(<c>good_air_ratio</c> × days-in-year / 100) of the year's ratio (real or
    /// synthetic); a missing ratio next to real days is computed from them. Status indicators climb the
    /// <see cref="StatusScale"/> ladder to 建立 / 制定实施 in a drawn year and sometimes to 全面实施 later.</para>
    /// <para>About 3 % of the cells that would be filled are left empty on purpose (chosen by the seeded generator),
    /// so that evaluations also meet NoData. Notes read e.g. "synthetic: demonstration panel, seed 20240101; anchored
    /// on 2 real values". Each county-indicator series has its own generator derived from the seed and the two ids,
    /// so adding a county or an indicator leaves the other series unchanged.</para>
    /// </remarks>
    /// <param name="real">The real dataset: its catalog, counties and observations.</param>
    /// <param name="counties">Ids of the counties to fill (e.g. the programme counties).</param>
    /// <param name="firstYear">First year to fill (inclusive).</param>
    /// <param name="lastYear">Last year to fill (inclusive).</param>
    /// <param name="seed">The seed; the same seed and inputs give the same table.</param>
    /// <returns>A new table over the same catalog and counties: real rows first, in their order, then synthetic rows by county, indicator and year.</returns>
    /// <exception cref="ArgumentException">A county id is not in the dataset's registry.</exception>
    public static ObservationTable GenerateDemonstration(Dataset real, IEnumerable<string> counties, int firstYear = 2015, int lastYear = 2024, int seed = DefaultSeed) =>
        DemonstrationPanel.Generate(real, counties, firstYear, lastYear, seed);

    /// <summary>
    /// Synthetic targets assigned by the upper level for the given county-indicator pairs (typically those that
    /// programme rules of kind <c>assigned</c> read): each year asks for a modest improvement on the county's value of
    /// the year before in <paramref name="observations"/>. Every real assigned target of <paramref name="real"/> is kept
    /// and never overwritten; generated rows have <c>source=synthetic</c>. Status indicators are skipped.
    /// </summary>
    /// <param name="real">The dataset whose real assigned targets are kept.</param>
    /// <param name="observations">The panel the targets are derived from (the demonstration panel).</param>
    /// <param name="pairs">(county id, indicator code) pairs to generate.</param>
    /// <param name="firstYear">First year.</param>
    /// <param name="lastYear">Last year.</param>
    /// <param name="seed">The seed.</param>
    public static ObservationTable GenerateAssignedTargets(Dataset real, Panel observations, IEnumerable<(string County, string Indicator)> pairs, int firstYear = 2015, int lastYear = 2024, int seed = DefaultSeed) =>
        AssignedTargets.Generate(real, observations, pairs, firstYear, lastYear, seed);

    /// <summary>
    /// A national-scale panel of made-up counties (<c>syn0001</c>, 合成县0001, …, terrain drawn 40/30/30 % mountain,
    /// hill, plain) with one value for every county × indicator × year: the first <paramref name="indicators"/>
    /// indicators of <paramref name="catalog"/>, drawn from the same priors as the demonstration panel, with no real
    /// anchors and no missing cells. Rows are ordered by county, indicator, year; notes are empty (the source and the
    /// county ids already mark every row as synthetic, and notes would double the file size).
    /// </summary>
    /// <param name="catalog">The catalog to draw indicators from.</param>
    /// <param name="counties">Number of synthetic counties (at least 1).</param>
    /// <param name="indicators">Number of indicators, from the start of the catalog (1 to <c>catalog.Count</c>).</param>
    /// <param name="firstYear">First year.</param>
    /// <param name="years">Number of years (at least 1).</param>
    /// <param name="seed">The seed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range.</exception>
    public static NationalPanel GenerateNational(IndicatorCatalog catalog, int counties = 2850, int indicators = 40, int firstYear = 2015, int years = 10, int seed = DefaultSeed) =>
        NationalGenerator.Generate(catalog, counties, indicators, firstYear, years, seed);

    /// <summary>
    /// Writes <paramref name="table"/> in the long CSV format, rows in table order (see <see cref="ObservationCsv"/> for
    /// the format; <see cref="ObservationCsv.Write"/> writes the sorted, canonical order instead).
    /// </summary>
    public static void WriteCsv(ObservationTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        ObservationCsv.WriteRows(table, null, writer);
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> as UTF-8 without a byte-order mark, rows in table order.</summary>
    public static void WriteCsv(ObservationTable table, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        WriteCsv(table, writer);
    }
}
