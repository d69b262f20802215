using System.Globalization;
using EcoAnalytics.Diagnostics;
using MiniExcelLibs;

namespace EcoAnalytics.Import.Excel;

/// <summary>
/// The MiniExcel adapter for reading: every sheet of an <c>.xlsx</c> (or the one named) as an <see cref="AnnexTable"/>
/// whose row numbers are the sheet's, merged ranges filled. Numbers keep their shortest round-trip text. No MiniExcel type
/// leaves this namespace.
/// </summary>
internal static class ExcelTables
{
    // For an annex, a merged range's value in every cell of the range, as the Word reader repeats a vertically merged
    // cell: a domain named once for several rows, or one threshold for several indicators, reaches every row. A ledger's
    // values are read only where they are printed (a value merged across years is not an observation of each year).
    private static readonly MiniExcelLibs.OpenXml.OpenXmlConfiguration Merged = new() { FillMergedCells = true };

    public static IReadOnlyList<AnnexTable> Read(string path, string name, string? sheet, bool fillMerged, List<Diagnostic> diagnostics)
    {
        try
        {
            var names = MiniExcel.GetSheetNames(path);
            if (sheet is not null && !names.Contains(sheet))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoTable, $"no sheet '{sheet}' in the workbook (sheets: {string.Join(", ", names)}){Suggestions.DidYouMean(sheet, names)}", name));
                return [];
            }

            return names.Where(n => sheet is null || n == sheet).Select(n => ReadSheet(path, name, n, fillMerged)).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or InvalidOperationException or System.Xml.XmlException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoTable, $"not a readable Excel (.xlsx) file: {ex.Message}", name));
            return [];
        }
    }

    private static AnnexTable ReadSheet(string path, string file, string sheet, bool fillMerged)
    {
        var rows = new List<AnnexRow>();
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet, configuration: fillMerged ? Merged : null))
        {
            number++;
            var cells = new List<string>();
            foreach (var (column, value) in row)
            {
                var index = ColumnIndex(column);
                while (cells.Count < index)
                {
                    cells.Add(string.Empty);
                }

                cells.Add(Text(value));
            }

            rows.Add(new AnnexRow(number, cells));
        }

        return new AnnexTable(file, sheet, rows);
    }

    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty,
    };
}
