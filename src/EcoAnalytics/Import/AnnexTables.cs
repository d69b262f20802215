using EcoAnalytics.Diagnostics;
using EcoAnalytics.Import.Excel;
using EcoAnalytics.Import.Word;
using EcoAnalytics.Io;

namespace EcoAnalytics.Import;

/// <summary>
/// Reads the tables of a file by its extension: <c>.docx</c>, <c>.xlsx</c>, else text (TSV, CSV, Markdown). The old binary
/// formats (<c>.doc</c>, <c>.xls</c>, WPS <c>.wps</c>/<c>.et</c>) and page layouts (<c>.pdf</c>, <c>.ofd</c>) are refused with
/// what to do instead.
/// </summary>
public static class AnnexTables
{
    /// <summary>Every table in <paramref name="path"/> (for Excel, only <paramref name="sheet"/> when given).</summary>
    /// <param name="path">The file.</param>
    /// <param name="sheet">The one Excel sheet to read; null for every sheet.</param>
    /// <param name="encoding">How to decode a text file.</param>
    /// <param name="fillMergedCells">Give every cell of an Excel merged range the range's value (an annex); false reads a value only where it is printed (a ledger).</param>
    public static LoadResult<IReadOnlyList<AnnexTable>> Read(string path, string? sheet = null, InputEncoding encoding = InputEncoding.Auto, bool fillMergedCells = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new List<Diagnostic>();
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.FileNotFound, $"file not found: '{path}'", path));
            return new LoadResult<IReadOnlyList<AnnexTable>>([], diagnostics);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        IReadOnlyList<AnnexTable> tables = extension switch
        {
            ".docx" => WordTables.Read(path, path, diagnostics),
            ".xlsx" => ExcelTables.Read(path, path, sheet, fillMergedCells, diagnostics),
            ".doc" or ".xls" or ".wps" or ".et" or ".pdf" or ".ofd" => Unsupported(path, extension, diagnostics),
            _ => TextTables.Read(path, path, encoding, diagnostics) is { } table ? [table] : [],
        };
        return new LoadResult<IReadOnlyList<AnnexTable>>(tables, diagnostics);
    }

    /// <summary>
    /// What reading the file said, then what importing its tables said — without the importer's "no table" when the file
    /// itself could not be read (its own error says so, not a second one).
    /// </summary>
    internal static List<Diagnostic> Then(LoadResult<IReadOnlyList<AnnexTable>> read, IEnumerable<Diagnostic> imported)
    {
        var unreadable = read.Value.Count == 0 && read.Diagnostics.Any(d => d.IsError);
        return read.Diagnostics.Concat(imported.Where(d => !(unreadable && d.Code == DiagnosticCodes.NoTable))).ToList();
    }

    /// <summary>One table from text (tab-separated, CSV or Markdown); <paramref name="name"/> names it in diagnostics.</summary>
    public static AnnexTable FromText(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextTables.Parse(text, name);
    }

    private static AnnexTable[] Unsupported(string path, string extension, List<Diagnostic> diagnostics)
    {
        var message = extension is ".pdf" or ".ofd"
            ? $"'{extension}' is a page layout: its tables are drawn, not stored as cells, so they are not read; open the original Word or Excel file, or copy the table into a sheet, and import that"
            : $"'{extension}' is the old binary format: save the file as {(extension is ".xls" or ".et" ? ".xlsx" : ".docx")} and import that";
        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoTable, message, path));
        return [];
    }
}
