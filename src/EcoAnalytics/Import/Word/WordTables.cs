using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Import.Word;

/// <summary>
/// The DocumentFormat.OpenXml adapter: every table of a <c>.docx</c> (nested tables as tables of their own), with
/// horizontally merged cells (<c>gridSpan</c>) in their first column, the others empty, and vertically merged cells
/// (<c>vMerge</c>) repeated in every row they span. No OpenXml type leaves this namespace.
/// </summary>
internal static class WordTables
{
    public static IReadOnlyList<AnnexTable> Read(string path, string name, List<Diagnostic> diagnostics)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoTable, "the Word file has no document body", name));
                return [];
            }

            return body.Descendants<Table>().Select((table, i) => ReadTable(table, name, $"table {i + 1}")).ToList();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoTable, $"not a readable Word (.docx) file: {ex.Message}", name));
            return [];
        }
    }

    private static AnnexTable ReadTable(Table table, string file, string tableName)
    {
        var rows = new List<AnnexRow>();
        var previous = new List<string>();
        var number = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            number++;
            var cells = new List<string>();
            var merged = new List<bool>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var vMerge = properties?.VerticalMerge;
                var continues = vMerge is not null && (vMerge.Val is null || vMerge.Val.Value == MergedCellValues.Continue);
                var text = continues && cells.Count < previous.Count ? previous[cells.Count] : CellText(cell);
                for (var k = 0; k < span; k++)
                {
                    cells.Add(k == 0 ? text : string.Empty); // a horizontal merge (a title, a note) is one cell, in its first column
                    merged.Add(continues);
                }
            }

            rows.Add(new AnnexRow(number, cells, merged));
            previous = cells;
        }

        return new AnnexTable(file, tableName, rows);
    }

    /// <summary>A cell's paragraphs joined by one space (a wrapped name is one name: aliases ignore white space).</summary>
    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)).Trim()).Where(t => t.Length > 0));
}
