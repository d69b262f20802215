using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Import;
using EcoAnalytics.Rules;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Import;

/// <summary>The bundled catalog, once, and a temporary folder for the files the import tests write.</summary>
internal static class ImportFixtures
{
    private static readonly Lazy<IndicatorCatalog> LazyCatalog = new(() => IndicatorCatalog.Load(DatasetPaths.Default.Indicators).Value);

    private static readonly Lazy<Some.TempFolder> LazyFolder = new(() => new Some.TempFolder());

    public static IndicatorCatalog Catalog => LazyCatalog.Value;

    /// <summary>A path in the folder (unique per call site name).</summary>
    public static string PathOf(string name) => Path.Combine(LazyFolder.Value.Path, Guid.NewGuid().ToString("N")[..8] + "-" + name);

    public static string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// Writes <paramref name="imported"/>, lints it (no error allowed) and evaluates it in <paramref name="year"/> over the
    /// observations given as CSV lines (<c>county,indicator,year,value</c>; source "test data").
    /// </summary>
    public static ComplianceTable LintAndEvaluate(ImportedRules imported, IReadOnlyList<string> counties, int year, params string[] observations)
    {
        var lint = RuleLinter.LintAndCompile(Write("imported.json", imported.ToJson()), Catalog);
        Assert.DoesNotContain(lint.Diagnostics, d => d.IsError);
        var csv = string.Join('\n', observations.Select(o => o + ",test data,").Prepend("county,indicator,year,value,source,note")) + "\n";
        var registry = CountyRegistry.Load(DatasetPaths.Default.Counties).Value;
        var table = new ObservationReader(Catalog, registry).ReadText(csv, "test.csv");
        Assert.False(table.HasErrors, string.Join("\n", table.Diagnostics));
        return ProgrammeEvaluator.Evaluate(lint.Value!, Dataset.FromTables(table.Value), new EvaluationOptions { Counties = counties, Years = [year] });
    }
}
