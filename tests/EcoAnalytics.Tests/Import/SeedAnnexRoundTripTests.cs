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
    /// The same annexes as a county receives them: a Word table (blank 领域 and 任务 cells as vertically merged cells, the
    /// title above as a row spanning the table) and an Excel sheet (the same blanks as merged ranges), built from the seed
    /// lines with the libraries; both give the rules the text gives.
    /// </summary>
    [SourcesTheory]
    [InlineData(Lushi, 203, 228, "lushi", "lushi-lianshan-2023.json", ".docx")]
    [InlineData(Lushi, 203, 228, "lushi", "lushi-lianshan-2023.json", ".xlsx")]
    [InlineData(Dengfeng, 267, 314, "dengfeng", "dengfeng-provincial-2023.json", ".docx")]
    [InlineData(Dengfeng, 267, 314, "dengfeng", "dengfeng-provincial-2023.json", ".xlsx")]
    public void SeedAnnex_AsWordOrExcel_ReproducesTheCuratedRules(string document, int from, int to, string county, string curatedFile, string extension)
    {
        var lines = SeedLines(document, from, to).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headerAt = lines.FindIndex(l => l.Contains("序号", StringComparison.Ordinal));
        var header = lines[headerAt].Split('\t');
        var title = string.Join(' ', lines.Take(headerAt).Where(l => l.Trim().Length > 0));
        var rows = lines.Skip(headerAt + 1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')).ToList();
        var merged = header.Select((h, i) => (h, i)).Where(c => c.h.Trim() is "领域" or "任务" or "目标").Select(c => c.i).ToHashSet();
        string path;
        if (extension == ".docx")
        {
            var cells = rows.Select(r => r.Select((c, i) => c.Length == 0 && merged.Contains(i) ? "^" : c).ToArray()).ToArray();
            path = AnnexFiles.Docx(county + "-annex.docx", title, header, cells, null);
        }
        else
        {
            var width = rows.Max(r => r.Length) is var w && w > header.Length ? w : header.Length; // MiniExcel takes the first row's columns
            object?[] Padded(IEnumerable<string> cells) => cells.Select(c => c.Length == 0 ? null : (object?)c).Concat(Enumerable.Repeat<object?>(null, width)).Take(width).ToArray();
            var sheet = new List<object?[]> { Padded([title]), Padded(header) };
            sheet.AddRange(rows.Select(Padded));
            var ranges = merged.SelectMany(column => Ranges(rows, column, firstRow: 3)).Prepend($"A1:{(char)('A' + header.Length - 1)}1").ToArray();
            path = AnnexFiles.XlsxWithMerges(county + "-annex.xlsx", "附件", sheet, ranges);
        }

        var result = RuleImporter.ImportFile(path, ImportFixtures.Catalog, new RuleImportOptions { County = county, Prefix = county == "lushi" ? "R" : "D" });
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var expected = RuleEquivalence.ByIndicator(Curated(curatedFile), ImportFixtures.Catalog);
        var actual = RuleEquivalence.ByIndicator(Parse(result), ImportFixtures.Catalog);
        Show(expected, actual);
        Assert.Equal(expected, actual);

        // An Excel merged range: from a filled cell down over the blank ones below it (sheet rows from firstRow).
        static IEnumerable<string> Ranges(List<string[]> rows, int column, int firstRow)
        {
            var letter = (char)('A' + column);
            for (var start = 0; start < rows.Count; start++)
            {
                var end = start;
                while (end + 1 < rows.Count && Cell(rows[end + 1], column).Length == 0)
                {
                    end++;
                }

                if (Cell(rows[start], column).Length > 0 && end > start)
                {
                    yield return $"{letter}{firstRow + start}:{letter}{firstRow + end}";
                }

                start = end;
            }
        }

        static string Cell(string[] row, int column) => column < row.Length ? row[column] : string.Empty;
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
