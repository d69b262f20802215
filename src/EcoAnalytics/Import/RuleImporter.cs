using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Import;

/// <summary>
/// Annex tables → a rule file. Each table's header row says which column is 序号, 领域/目标, 任务, 指标, 单位, each threshold
/// set (目标值 / 目标参考值 / 2023年目标值 → <c>target</c>, 指标值 → <c>standard</c>), 牵头单位 and 责任单位; rows above it
/// (titles) and rows without an indicator (notes) are skipped, repeated headers (one per page) too, and a blank 领域 or 任务
/// cell takes the one above (a merged cell). Names map to the catalog through its aliases only; a cell that cannot be
/// read is a diagnostic with its row and column, and the other rows are still imported.
/// </summary>
public static class RuleImporter
{
    /// <summary>Imports every table of <paramref name="path"/> (<c>.docx</c>, <c>.xlsx</c>, TSV, CSV, Markdown).</summary>
    public static LoadResult<ImportedRules> ImportFile(string path, IndicatorCatalog catalog, RuleImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new RuleImportOptions();
        var tables = AnnexTables.Read(path);
        var result = Import(tables.Value, catalog, options with
        {
            Name = options.Name ?? Path.GetFileNameWithoutExtension(path),
            Document = options.Document ?? Path.GetFileName(path),
        });
        return result with { Diagnostics = AnnexTables.Then(tables, result.Diagnostics) };
    }

    /// <summary>Imports <paramref name="tables"/> into one programme.</summary>
    public static LoadResult<ImportedRules> Import(IReadOnlyList<AnnexTable> tables, IndicatorCatalog catalog, RuleImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();
        var builder = new ImportedRuleBuilder(catalog, options, diagnostics);
        var headers = 0;
        foreach (var table in tables)
        {
            headers += ReadTable(table, builder, diagnostics) ? 1 : 0;
        }

        if (headers == 0)
        {
            var file = tables.Count > 0 ? tables[0].File : options.Document;
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoTable, "no table with a header row naming an indicator column (指标 / 指标名称) and a threshold column (目标值 / 目标参考值 / 2023年目标值 / 指标值)", file));
        }

        return new LoadResult<ImportedRules>(builder.Build(), diagnostics);
    }

    private static bool ReadTable(AnnexTable table, ImportedRuleBuilder builder, List<Diagnostic> diagnostics)
    {
        AnnexHeader? header = null;
        string domain = string.Empty, task = string.Empty;
        foreach (var row in table.Rows)
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (AnnexHeader.Recognise(row) is { } found)
            {
                header ??= found; // a header repeated on every page is skipped
                builder.DeclareSets(found);
                continue;
            }

            if (header is null)
            {
                continue; // a title above the table
            }

            domain = FillDown(row, header.Column(AnnexColumn.Domain), domain);
            task = FillDown(row, header.Column(AnnexColumn.Task), task);
            var name = row[header.Column(AnnexColumn.Indicator)];
            if (name.Length == 0 || header.Sets.Keys.All(c => row[c].Length == 0) || IsNote(row))
            {
                var words = string.Join(' ', row.Cells.Where(c => c.Length > 0));
                diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.ImportedRowUnusable, $"skipped a row without {(name.Length == 0 ? "an indicator name" : "any threshold")} (a note or heading): '{Shorten(words)}'", table.File, row.Number));
                continue;
            }

            if (header.Column(AnnexColumn.Scope) is >= 0 and var scope && AnnexHeader.Compact(row[scope]) is { Length: > 0 } levels && !levels.Contains('县') && !levels.Contains('区'))
            {
                diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCodes.ImportedRowUnusable, $"skipped a row for '{levels}' only (适用范围), not for a county: '{Shorten(name)}'", table.File, row.Number, scope + 1));
                continue;
            }

            builder.AddRow(table, header, row, domain, task);
        }

        return header is not null;
    }

    /// <summary>注：…, 备注…, 说明…, 数据来源… in the first non-empty cell.</summary>
    private static bool IsNote(AnnexRow row) =>
        row.Cells.FirstOrDefault(c => c.Length > 0) is { } first && (first.StartsWith("注", StringComparison.Ordinal) || first.StartsWith("备注", StringComparison.Ordinal) || first.StartsWith("说明", StringComparison.Ordinal) || first.StartsWith("数据来源", StringComparison.Ordinal));

    private static string FillDown(AnnexRow row, int column, string above) =>
        column < 0 ? string.Empty : row[column].Length > 0 ? row[column] : above;

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
