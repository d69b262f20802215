using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
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
    public void DengfengAnnex_AsText_ReproducesTheCuratedRules()
    {
        var catalog = ImportFixtures.Catalog;
        var path = ImportFixtures.Write("dengfeng-annex.tsv", SeedLines(Dengfeng, 267, 314));
        var result = RuleImporter.ImportFile(path, catalog, new RuleImportOptions { County = "dengfeng", Prefix = "D" });
        var imported = Parse(result);
        var curated = Curated("dengfeng-provincial-2023.json");
        var expected = RuleEquivalence.ByIndicator(curated, catalog);
        var actual = RuleEquivalence.ByIndicator(imported, catalog);
        Show(expected, actual);
        Assert.Equal(expected, actual);
        Assert.DoesNotContain("household_waste_utilization", actual.Keys);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);

        // Row 16's 2023 target is one sentence of four clauses: read clause by clause, the two no indicator measures said.
        var clauses = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ThresholdClause && d.Message.Contains("面积不减少", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, clauses.Severity);
        Assert.Contains("'得到严格保护' for the heading 'natural_eco_space'", clauses.Message, StringComparison.Ordinal);
        Assert.Contains("'性质不改变' (it is not a requirement form the importer reads)", clauses.Message, StringComparison.Ordinal);
        Assert.Contains("'功能不降低' (no indicator of the row", clauses.Message, StringComparison.Ordinal);
        Assert.Contains("for 'river_lake_shoreline_protection' (河湖岸线保护率, %), whose name does not say '面积'", clauses.Message, StringComparison.Ordinal);

        // Row 12's standard column prints 执行 where the protection rate (%) stands: the heading 生物多样性保护's status.
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ThresholdClause && d.Indicator == "biodiversity_protection" && d.Message.Contains("'执行' is a status label", StringComparison.Ordinal));

        // Row 7 prints 优良天数 (the alias of the day count good_air_days) in %: read as good_air_ratio, the one % indicator naming it.
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnitMismatch && d.Indicator == "good_air_ratio" && d.Message.Contains("read as 'good_air_ratio'", StringComparison.Ordinal));
        var curatedLead = curated.AllRules.ToDictionary(r => r.Indicator, r => r.Lead);
        Assert.All(imported.AllRules, r => Assert.Equal(curatedLead[r.Indicator], r.Lead));
    }

    /// <summary>
    /// The imported files lint clean and evaluate on the bundled data exactly as the curated ones do: the same status,
    /// value and threshold for every indicator and year, in every threshold set of the programme.
    /// </summary>
    [SourcesTheory]
    [InlineData(Lushi, 203, 228, "lushi", "lushi-lianshan-2023.json", "R")]
    [InlineData(Dengfeng, 267, 314, "dengfeng", "dengfeng-provincial-2023.json", "D")]
    public void ImportedAnnex_LintsAndEvaluatesAsTheCuratedFile(string document, int from, int to, string county, string curatedFile, string prefix)
    {
        var catalog = ImportFixtures.Catalog;
        var result = RuleImporter.ImportFile(ImportFixtures.Write(county + "-annex.tsv", SeedLines(document, from, to)), catalog, new RuleImportOptions { County = county, Prefix = prefix });
        var path = ImportFixtures.Write(county + "-imported.json", result.Value.ToJson());
        var imported = RuleLinter.LintAndCompile(path, catalog);
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        var curated = CompiledProgramme.Load(Path.Combine(Bundled.RulesFolder, curatedFile), catalog).Value!;
        var dataset = Dataset.LoadBundled();
        foreach (var set in curated.Programme.ThresholdSets.Keys)
        {
            var options = new EvaluationOptions { Counties = [county], ThresholdSet = set };
            var expected = Outcomes(ProgrammeEvaluator.Evaluate(curated, dataset, options));
            var actual = Outcomes(ProgrammeEvaluator.Evaluate(imported.Value!, dataset, options));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }

        static List<string> Outcomes(IEnumerable<ComplianceResult> rows) => rows
            .Select(r => FormattableString.Invariant($"{r.Indicator} {r.Year} {r.Status} {r.Value} {r.Threshold} {r.ThresholdSet}"))
            .Order(StringComparer.Ordinal).ToList();
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
