using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Support;
using Xunit.Abstractions;

namespace EcoAnalytics.Tests.Import;

/// <summary>
/// Importing the annex tables of seeds 001 (Lushi 两山指数, L203–L226) and 002 (Dengfeng, L267–L312, both threshold
/// columns) gives rules equivalent (<see cref="RuleEquivalence"/>) to the curated rule files. The tables are written
/// by the test from the seed lines as a TSV (the text as the seed holds it), a .docx and an .xlsx.
/// </summary>
public sealed class SeedAnnexRoundTripTests(ITestOutputHelper output)
{
    /// <summary>
    /// Curated Dengfeng rules the annex table alone cannot give, with why. The importer reports each of these rows as a
    /// diagnostic (asserted below) instead of guessing.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotFromTable = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["biodiversity_protection"] = "row 12's standard column prints 执行 in the place of the protection rate (a %); the curator gave it to the heading 生物多样性保护. The importer reports the status label on a numeric indicator",
        ["eco_redline_area"] = "row 16's 2023 target is one sentence of four clauses (得到严格保护，面积不减少，性质不改变，功能不降低), read by the curator as 面积不减少 for each of the four spaces; the importer reports it unparsed",
        ["nature_reserve_area"] = "as eco_redline_area (row 16)",
        ["drinking_water_source_protection_area"] = "as eco_redline_area (row 16)",
        ["river_lake_shoreline_protection"] = "as eco_redline_area (row 16)",
        ["natural_eco_space"] = "row 16: the importer gives the standard (得到严格保护) to the heading 自然生态空间; the target sentence is reported unparsed, so the rule lacks the curated target",
    };

    internal static string SeedLines(string document, int from, int to) =>
        string.Join('\n', File.ReadLines(SourceDocuments.File(document)).Skip(from - 1).Take(to - from + 1));

    internal const string Lushi = "001_b5049ac286e4fa82.txt";
    internal const string Dengfeng = "002_4c30fee7318a330e.txt";

    [SourcesFact]
    public void LushiAnnex_AsText_ReproducesTheCuratedRules()
    {
        var catalog = ImportFixtures.Catalog;
        var path = ImportFixtures.Write("lushi-annex2.tsv", SeedLines(Lushi, 203, 228));
        var imported = Import(path, "lushi", catalog);
        var curated = Curated("lushi-lianshan-2023.json");
        var expected = RuleEquivalence.ByIndicator(curated, catalog);
        var actual = RuleEquivalence.ByIndicator(imported, catalog);
        Show(expected, actual);
        Assert.Equal(expected, actual);
        Assert.Equal(curated.Rules.Select(r => r.Responsible), imported.Rules.Select(r => r.Responsible));
        Assert.All(imported.Rules, r => Assert.Null(r.Lead));
    }

    [SourcesFact]
    public void DengfengAnnex_AsText_ReproducesTheCuratedRules_ExceptTheListedOnes()
    {
        var catalog = ImportFixtures.Catalog;
        var path = ImportFixtures.Write("dengfeng-annex.tsv", SeedLines(Dengfeng, 267, 314));
        var result = RuleImporter.ImportFile(path, catalog, new RuleImportOptions { County = "dengfeng", Prefix = "D" });
        var imported = Parse(result);
        var expected = RuleEquivalence.ByIndicator(Curated("dengfeng-provincial-2023.json"), catalog);
        var actual = RuleEquivalence.ByIndicator(imported, catalog);
        Show(expected, actual);
        foreach (var (indicator, description) in expected)
        {
            if (NotFromTable.ContainsKey(indicator))
            {
                Assert.NotEqual(description, actual.GetValueOrDefault(indicator));
                continue;
            }

            Assert.Equal(description, actual.GetValueOrDefault(indicator));
        }

        Assert.Empty(actual.Keys.Except(expected.Keys));
        Assert.DoesNotContain("household_waste_utilization", actual.Keys);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnparsedThreshold && d.Message.Contains("面积不减少", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ImportedRowUnusable && d.Message.Contains("'执行' is a status label", StringComparison.Ordinal));
        // Row 7 prints 优良天数 (the alias of the day count good_air_days) in %: read as good_air_ratio, the one % indicator naming it.
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnitMismatch && d.Indicator == "good_air_ratio" && d.Message.Contains("read as 'good_air_ratio'", StringComparison.Ordinal));
        var lead = imported.AllRules.Where(r => expected.ContainsKey(r.Indicator) && !NotFromTable.ContainsKey(r.Indicator)).ToList();
        var curatedLead = Curated("dengfeng-provincial-2023.json").AllRules.ToDictionary(r => r.Indicator, r => r.Lead);
        Assert.All(lead, r => Assert.Equal(curatedLead[r.Indicator], r.Lead));
    }

    internal static Programme Import(string path, string county, IndicatorCatalog catalog)
    {
        var result = RuleImporter.ImportFile(path, catalog, new RuleImportOptions { County = county });
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return Parse(result);
    }

    internal static Programme Parse(LoadResult<ImportedRules> result)
    {
        var read = ProgrammeReader.Parse(result.Value.ToJson(), "imported.json");
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        return read.Value!;
    }

    internal static Programme Curated(string file) => ProgrammeReader.Read(Path.Combine(Bundled.RulesFolder, file)).Value!;

    private void Show(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        foreach (var key in expected.Keys.Union(actual.Keys))
        {
            var e = expected.GetValueOrDefault(key);
            var a = actual.GetValueOrDefault(key);
            output.WriteLine(e == a ? $"  same  {e}" : $"DIFFER curated  {e}\n       imported {a}");
        }
    }
}
