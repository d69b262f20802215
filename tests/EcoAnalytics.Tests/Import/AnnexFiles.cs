using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace EcoAnalytics.Tests.Import;

/// <summary>
/// Writes test annexes with the libraries themselves: a Word table (OpenXml) with a title paragraph, a title row spanning
/// the table, vertically merged cells, wrapped names (two paragraphs in a cell) and a note row; an .xlsx (MiniExcel).
/// A cell text <c>"^"</c> continues the vertically merged cell above; <c>"a|b"</c> is a cell of two paragraphs.
/// </summary>
internal static class AnnexFiles
{
    public static string Docx(string name, string title, string[] header, string[][] rows, string? note)
    {
        var path = ImportFixtures.PathOf(name);
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single })));
            table.Append(Row([Cell(title, span: header.Length)]));
            table.Append(Row(header.Select(h => Cell(h)).ToArray()));
            foreach (var cells in rows)
            {
                table.Append(Row(cells.Select((text, i) => text == "^" ? Cell(string.Empty, merge: MergedCellValues.Continue) : Cell(text, merge: i == 0 && cells.Length > 0 ? MergedCellValues.Restart : null)).ToArray()));
            }

            if (note is not null)
            {
                table.Append(Row([Cell(note, span: header.Length)]));
            }

            main.Document = new Document(new Body(new Paragraph(new Run(new Text(title))), table));
        }

        return path;
    }

    public static string Xlsx(string name, string sheet, IEnumerable<object?[]> rows)
    {
        var path = ImportFixtures.PathOf(name);
        var data = rows.Select(r => r.Select((v, i) => (Key: ((char)('A' + i)).ToString(), Value: v)).ToDictionary(p => p.Key, p => p.Value)).ToList();
        MiniExcel.SaveAs(path, new Dictionary<string, object> { [sheet] = data }, printHeader: false);
        return path;
    }

    /// <summary>An .xlsx (MiniExcel) whose <paramref name="merges"/> (<c>A3:A5</c>) are then merged with OpenXml, as Excel stores a
    /// merged range: the value in its top-left cell, the others empty.</summary>
    public static string XlsxWithMerges(string name, string sheet, IEnumerable<object?[]> rows, params string[] merges)
    {
        var path = Xlsx(name, sheet, rows);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, isEditable: true);
        var worksheet = workbook.WorkbookPart!.WorksheetParts.First().Worksheet;
        var ranges = new DocumentFormat.OpenXml.Spreadsheet.MergeCells(merges.Select(m => new DocumentFormat.OpenXml.Spreadsheet.MergeCell { Reference = m }));
        worksheet.InsertAfter(ranges, worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.SheetData>());
        worksheet.Save();
        return path;
    }

    private static TableRow Row(TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        var cell = new TableCell(properties);
        foreach (var paragraph in text.Split('|'))
        {
            cell.Append(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return cell;
    }
}
