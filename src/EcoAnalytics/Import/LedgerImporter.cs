using System.Globalization;
using System.Text.RegularExpressions;
using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Io;

namespace EcoAnalytics.Import;

/// <summary>One value read from a ledger, with the cell it came from (<c>file#sheet!cell</c>).</summary>
/// <param name="County">County id.</param>
/// <param name="Indicator">Catalog code.</param>
/// <param name="Year">Year.</param>
/// <param name="Value">The value as printed (a number, or a status label).</param>
/// <param name="Source">The ledger cell, <c>ledger.xlsx#监测台账!D5</c> (<c>ledger.csv!D5</c> for text).</param>
/// <param name="Note">What the ledger row said besides, e.g. its own source column.</param>
public sealed record LedgerValue(string County, string Indicator, int Year, string Value, string Source, string Note);

/// <summary>
/// Excel or CSV ledgers → observations in the long layout of <c>datasets/observations.csv</c>. Reads the wide layout
/// (indicator name and unit columns, then one column per year; a title above the header and notes below are skipped;
/// a blank cell is a missing value) and the long layout (county, indicator, year, value). Names map through the
/// catalog's aliases (or codes); a printed unit that is not the catalog's is an error for that row (nothing converted).
/// </summary>
public static partial class LedgerImporter
{
    private static readonly Dictionary<string, string> SameUnit = new(StringComparer.Ordinal)
    {
        ["天"] = "days", ["个"] = "count", ["处"] = "count", ["km2"] = "km²", ["平方公里"] = "km²", ["ug/m3"] = "μg/m³", ["微克/立方米"] = "μg/m³",
    };

    /// <summary>Reads <paramref name="path"/> (every sheet, or <paramref name="sheet"/>) for <paramref name="county"/>.</summary>
    public static LoadResult<IReadOnlyList<LedgerValue>> ImportFile(string path, string county, IndicatorCatalog catalog, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var tables = AnnexTables.Read(path, sheet, fillMergedCells: false);
        var result = Import(tables.Value, county, catalog);
        return result with { Diagnostics = AnnexTables.Then(tables, result.Diagnostics) };
    }

    /// <summary>Reads the values of <paramref name="tables"/> for <paramref name="county"/>.</summary>
    public static LoadResult<IReadOnlyList<LedgerValue>> Import(IReadOnlyList<AnnexTable> tables, string county, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(county);
        ArgumentNullException.ThrowIfNull(catalog);
        var values = new List<LedgerValue>();
        var diagnostics = new List<Diagnostic>();
        var found = false;
        foreach (var table in tables)
        {
            found |= ReadTable(table, county, catalog, values, diagnostics);
        }

        if (!found)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NoTable, "no ledger header: expected an indicator column (指标 / 指标名称 / indicator) with year columns (2021, 2022年…), or the long layout county, indicator, year, value", tables.Count > 0 ? tables[0].File : null));
        }

        return new LoadResult<IReadOnlyList<LedgerValue>>(values, diagnostics);
    }

    /// <summary>The values as an observations CSV (<c>county,indicator,year,value,source,note</c>).</summary>
    public static string ToCsv(IEnumerable<LedgerValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.WriteLine("county,indicator,year,value,source,note");
        foreach (var v in values)
        {
            CsvFormat.WriteRow(writer, [v.County, v.Indicator, v.Year, v.Value, v.Source, v.Note]);
        }

        return writer.ToString();
    }

    private static bool ReadTable(AnnexTable table, string county, IndicatorCatalog catalog, List<LedgerValue> values, List<Diagnostic> diagnostics)
    {
        for (var h = 0; h < table.Rows.Count; h++)
        {
            var header = table.Rows[h].Cells.Select(AnnexHeader.Compact).ToList();
            var name = header.FindIndex(c => c is "指标" or "指标名称" or "名称" or "indicator");
            if (name < 0)
            {
                continue;
            }

            var years = header.Select((c, i) => (Year: YearHeader().Match(c), Column: i)).Where(y => y.Year.Success).ToList();
            if (header.IndexOf("county") is var c && c >= 0 && header.IndexOf("year") is var y && y >= 0 && header.IndexOf("value") is var v && v >= 0)
            {
                Long(table, h, county, catalog, (c, name, y, v, header.IndexOf("source")), values, diagnostics);
                return true;
            }

            if (years.Count == 0)
            {
                continue;
            }

            var unit = header.FindIndex(x => x is "单位" or "计量单位" or "unit");
            foreach (var row in table.Rows.Skip(h + 1))
            {
                var printed = row[name];
                if (printed.Length == 0 || years.All(y => row[y.Column].Length == 0))
                {
                    continue; // blank row, heading or a note below the table
                }

                if (Resolve(printed, catalog) is not { } indicator)
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnknownIndicatorName, $"no catalog indicator is named '{printed}'{Suggestions.DidYouMean(printed, catalog.SelectMany(i => i.AliasesZh.Append(i.NameZh)).Distinct())}; the row is not imported", table.File, row.Number, name + 1));
                    continue;
                }

                if (unit >= 0 && !UnitFits(row[unit], indicator))
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnitMismatch, $"the ledger gives '{printed}' in '{row[unit]}', the catalog measures '{indicator.Code}' in '{indicator.Unit}': the row is not imported (no conversion is guessed)", table.File, row.Number, unit + 1) { Indicator = indicator.Code });
                    continue;
                }

                foreach (var (year, column) in years)
                {
                    Add(table, row, column, county, indicator, int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), string.Empty, values, diagnostics);
                }
            }

            return true;
        }

        return false;
    }

    private static void Long(AnnexTable table, int h, string county, IndicatorCatalog catalog, (int County, int Indicator, int Year, int Value, int Source) col, List<LedgerValue> values, List<Diagnostic> diagnostics)
    {
        foreach (var row in table.Rows.Skip(h + 1))
        {
            if (row.IsBlank || row[col.County] != county)
            {
                continue;
            }

            if (Resolve(row[col.Indicator], catalog) is not { } indicator)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnknownIndicatorName, $"no catalog indicator is named '{row[col.Indicator]}'; the row is not imported", table.File, row.Number, col.Indicator + 1));
                continue;
            }

            if (!int.TryParse(row[col.Year], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidYear, $"year '{row[col.Year]}' is not a year", table.File, row.Number, col.Year + 1));
                continue;
            }

            var note = col.Source >= 0 && row[col.Source].Length > 0 ? $"ledger source: {row[col.Source]}" : string.Empty;
            Add(table, row, col.Value, county, indicator, year, note, values, diagnostics);
        }
    }

    private static void Add(AnnexTable table, AnnexRow row, int column, string county, Indicator indicator, int year, string note, List<LedgerValue> values, List<Diagnostic> diagnostics)
    {
        var text = FullWidth.ToAscii(row[column]);
        if (text.Length == 0 || text is "-" or "/" or "—")
        {
            return; // missing
        }

        if (indicator.Kind != IndicatorKind.Status)
        {
            var number = text.TrimEnd('%');
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.NotANumber, $"'{row[column]}' is not a number ({indicator.Code}, {year})", table.File, row.Number, column + 1) { Indicator = indicator.Code, Year = year });
                return;
            }

            text = CsvFormat.Number(value);
        }

        var sheet = Path.GetExtension(table.File).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? $"#{table.Name}" : string.Empty;
        values.Add(new LedgerValue(county, indicator.Code, year, text, $"{Path.GetFileName(table.File)}{sheet}!{AnnexRow.CellName(column, row.Number)}", note));
    }

    private static Indicator? Resolve(string name, IndicatorCatalog catalog) => catalog.Find(name.Trim()) ?? catalog.ResolveAlias(ThresholdText.Normalize(name));

    private static bool UnitFits(string printed, Indicator indicator)
    {
        var unit = AnnexHeader.Compact(printed);
        return unit is "" or "-" or "/" || unit == AnnexHeader.Compact(indicator.Unit) || SameUnit.GetValueOrDefault(unit) == indicator.Unit;
    }

    [GeneratedRegex(@"^(\d{4})年?(?:度)?$")]
    private static partial Regex YearHeader();
}
