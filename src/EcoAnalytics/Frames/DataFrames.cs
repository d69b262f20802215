using System.Globalization;
using System.Runtime.InteropServices;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using Microsoft.Data.Analysis;

namespace EcoAnalytics.Frames;

/// <summary>
/// The one adapter between our data types and Microsoft.Data.Analysis DataFrames. Columns are built from
/// arrays in one pass (never row by row through <c>DataFrame.Rows</c>), with explicit types.
/// </summary>
public static partial class DataFrames
{
    /// <summary>Suffix of the per-indicator provenance columns in wide frames.</summary>
    public const string SourceSuffix = "_source";

    /// <summary>
    /// The long frame: <c>county, indicator, year, value, status, source, note, synthetic</c>. <c>value</c> is null
    /// for status indicators, whose label is in <c>status</c>; <c>synthetic</c> is true for generated rows.
    /// </summary>
    public static DataFrame ToDataFrame(this ObservationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.Count;
        var county = new string[n];
        var indicator = new string[n];
        var year = new int[n];
        var value = new double[n];
        var status = new string?[n];
        var source = new string[n];
        var note = new string[n];
        var synthetic = new bool[n];
        var countyIds = table.Counties.Select(c => c.Id).ToArray();
        var codes = table.Catalog.Select(c => c.Code).ToArray();
        var isStatus = table.Catalog.Select(c => c.Kind == IndicatorKind.Status).ToArray();
        for (var row = 0; row < n; row++)
        {
            var i = table.IndicatorIndex(row);
            county[row] = countyIds[table.CountyIndex(row)];
            indicator[row] = codes[i];
            year[row] = table.Year(row);
            value[row] = isStatus[i] ? 0 : table.Value(row);
            status[row] = table.Label(row);
            source[row] = table.Text(table.SourceId(row));
            synthetic[row] = source[row] == Sources.Synthetic;
            note[row] = table.Text(table.NoteId(row));
        }

        return new DataFrame(
            new StringDataFrameColumn("county", county),
            new StringDataFrameColumn("indicator", indicator),
            new Int32DataFrameColumn("year", year),
            DoubleColumn("value", value, row => isStatus[table.IndicatorIndex(row)]),
            new StringDataFrameColumn("status", status),
            new StringDataFrameColumn("source", source),
            new StringDataFrameColumn("note", note),
            new BooleanDataFrameColumn("synthetic", synthetic));
    }

    /// <summary>
    /// The wide county-year frame: <c>county, year</c>, then one column per indicator with data (double, null when
    /// missing; string labels for status indicators), each followed by <c>&lt;code&gt;_source</c> unless
    /// <paramref name="includeSources"/> is false. Rows are ordered by county, then year.
    /// </summary>
    public static DataFrame ToDataFrame(this Panel panel, bool includeSources = true)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var years = panel.YearCount;
        var rows = panel.Counties.Count * years;
        var county = new string[rows];
        var year = new int[rows];
        for (var c = 0; c < panel.Counties.Count; c++)
        {
            for (var y = 0; y < years; y++)
            {
                county[(c * years) + y] = panel.Counties[c].Id;
                year[(c * years) + y] = panel.FirstYear + y;
            }
        }

        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("county", county), new Int32DataFrameColumn("year", year) };
        var sourceTexts = Enumerable.Range(0, panel.SourceCount).Select(panel.SourceText).ToArray();
        for (var i = 0; i < panel.Catalog.Count; i++)
        {
            if (!panel.HasColumn(i))
            {
                continue;
            }

            // The panel's columns are already in the frame's row order (county-major, one slot per year).
            var code = panel.Catalog[i].Code;
            if (panel.Catalog[i].Kind == IndicatorKind.Status)
            {
                columns.Add(new StringDataFrameColumn(code, LabelsOf(panel, i)));
            }
            else
            {
                var indicator = i;
                columns.Add(DoubleColumn(code, panel.Column(i), row => double.IsNaN(panel.Column(indicator)[row])));
            }

            if (includeSources)
            {
                columns.Add(new StringDataFrameColumn(code + SourceSuffix, SourcesOf(panel, i, sourceTexts)));
            }
        }

        return new DataFrame(columns);
    }

    // String columns copy their input element by element: streaming it saves a large temporary array per column.
    private static IEnumerable<string?> LabelsOf(Panel panel, int indicator)
    {
        for (var row = 0; row < panel.LabelColumn(indicator).Length; row++)
        {
            yield return panel.LabelColumn(indicator)[row];
        }
    }

    private static IEnumerable<string?> SourcesOf(Panel panel, int indicator, string[] sourceTexts)
    {
        for (var row = 0; row < panel.SourceColumn(indicator).Length; row++)
        {
            var id = panel.SourceColumn(indicator)[row];
            yield return id < 0 ? null : sourceTexts[id];
        }
    }

    /// <summary>
    /// A double column with nulls where <paramref name="isNull"/> says so, built from one byte buffer and a validity
    /// bitmap: appending a million nullable values one by one costs more than the whole pivot. Null slots hold 0, as
    /// <c>new DoubleDataFrameColumn(name, double?[])</c> leaves them.
    /// </summary>
    private static DoubleDataFrameColumn DoubleColumn(string name, ReadOnlySpan<double> values, Func<int, bool> isNull)
    {
        var bytes = new byte[values.Length * sizeof(double)];
        var data = MemoryMarshal.Cast<byte, double>(bytes.AsSpan());
        var validity = new byte[(values.Length + 7) / 8];
        var nulls = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (isNull(i))
            {
                nulls++;
            }
            else
            {
                data[i] = values[i];
                validity[i >> 3] |= (byte)(1 << (i & 7));
            }
        }

        return new DoubleDataFrameColumn(name, bytes, validity, values.Length, nulls);
    }

    /// <summary>
    /// Reads a wide county-year frame (as made by <see cref="ToDataFrame(Panel, bool)"/>, or by hand) back into a
    /// panel. Columns named after catalog codes are indicators; <c>&lt;code&gt;_source</c> columns give provenance,
    /// and values without one are marked <c>unspecified</c>. Other columns are ignored. Bad input is reported, never
    /// thrown: a frame without <c>county</c> or <c>year</c> columns gives an empty panel and an error; a row with an
    /// unknown or missing county or year is skipped, and a cell that is not a number (or, for a status indicator, not
    /// on the status ladder) is left empty, each with an error naming the row (0-based, as <c>DataFrame.Rows</c>
    /// counts) and the column. The diagnostics' <see cref="Diagnostic.File"/> is <c>DataFrame row N</c>.
    /// </summary>
    public static LoadResult<Panel> ToPanel(this DataFrame wide, IndicatorCatalog catalog, CountyRegistry counties)
    {
        ArgumentNullException.ThrowIfNull(wide);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(counties);
        var diagnostics = new List<Diagnostic>();
        var names = wide.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (!names.Contains("county") || !names.Contains("year"))
        {
            diagnostics.Add(Problem(DiagnosticCodes.MissingColumn, "a wide frame needs 'county' and 'year' columns", null));
            return new LoadResult<Panel>(Panel.Empty(catalog, [], 0, 0), diagnostics);
        }

        var countyColumn = wide.Columns["county"];
        var yearColumn = wide.Columns["year"];
        var rowCounty = new int[wide.Rows.Count];
        var rowYear = new int[wide.Rows.Count];
        var order = new List<County>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < rowCounty.Length; r++)
        {
            rowCounty[r] = -1;
            var id = countyColumn[r]?.ToString();
            if (string.IsNullOrEmpty(id))
            {
                diagnostics.Add(Problem(DiagnosticCodes.UnknownCounty, $"row {r} has no county; the row was skipped", r));
                continue;
            }

            if (!TryYear(yearColumn[r], out var year))
            {
                diagnostics.Add(Problem(DiagnosticCodes.InvalidYear, $"row {r}: year '{yearColumn[r]}' is not a whole number; the row was skipped", r) with { County = id });
                continue;
            }

            if (!index.TryGetValue(id, out var c))
            {
                if (counties.Find(id) is not { } county)
                {
                    diagnostics.Add(Problem(DiagnosticCodes.UnknownCounty, $"row {r}: {counties.UnknownMessage(id)}; the row was skipped", r) with { County = id });
                    continue;
                }

                c = index[id] = order.Count;
                order.Add(county);
            }

            rowCounty[r] = c;
            rowYear[r] = year;
        }

        var years = rowYear.Where((_, r) => rowCounty[r] >= 0).ToList();
        var first = years.Count == 0 ? 0 : years.Min();
        var last = years.Count == 0 ? 0 : years.Max();
        var panel = Panel.Empty(catalog, order, first, last);
        foreach (var column in wide.Columns)
        {
            var i = catalog.IndexOf(column.Name);
            if (i < 0)
            {
                continue;
            }

            var indicator = catalog[i];
            var sourceColumn = names.Contains(column.Name + SourceSuffix) ? wide.Columns[column.Name + SourceSuffix] : null;
            for (var r = 0; r < rowCounty.Length; r++)
            {
                var cell = column[r];
                if (cell is null || rowCounty[r] < 0)
                {
                    continue;
                }

                var source = panel.InternSource(sourceColumn?[r]?.ToString() ?? "unspecified");
                if (indicator.Kind == IndicatorKind.Status)
                {
                    var label = cell.ToString() ?? string.Empty;
                    if (StatusScale.LevelOf(label, indicator.Scale) is { } level)
                    {
                        panel.Set(rowCounty[r], i, rowYear[r], level, label, source);
                    }
                    else
                    {
                        diagnostics.Add(Problem(
                            DiagnosticCodes.UnknownStatus,
                            $"row {r}, column '{column.Name}': status '{label}' is not on the {StatusScale.Describe(indicator.Scale)} ({string.Join(", ", StatusScale.LabelsOf(indicator.Scale).Keys)})",
                            r) with { County = order[rowCounty[r]].Id, Indicator = indicator.Code, Year = rowYear[r] });
                    }
                }
                else if (TryNumber(cell, out var value))
                {
                    if (!double.IsNaN(value))
                    {
                        panel.Set(rowCounty[r], i, rowYear[r], value, null, source);
                    }
                }
                else
                {
                    diagnostics.Add(Problem(
                        DiagnosticCodes.NotANumber,
                        $"row {r}, column '{column.Name}': value '{cell}' is not a number",
                        r) with { County = order[rowCounty[r]].Id, Indicator = indicator.Code, Year = rowYear[r] });
                }
            }
        }

        return new LoadResult<Panel>(panel, diagnostics);
    }

    private static Diagnostic Problem(string code, string message, int? row) => new(Severity.Error, code, message, row is null ? "DataFrame" : $"DataFrame row {row}");

    private static bool TryYear(object? cell, out int year)
    {
        year = 0;
        switch (cell)
        {
            case int i:
                year = i;
                return true;
            case long or short or byte or double or float or decimal:
                var d = Convert.ToDouble(cell, CultureInfo.InvariantCulture);
                year = (int)d;
                return d == Math.Floor(d) && Math.Abs(d) < 100_000;
            case string text:
                return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out year);
            default:
                return false;
        }
    }

    private static bool TryNumber(object cell, out double value)
    {
        switch (cell)
        {
            case double d:
                value = d;
                return true;
            case float or int or long or short or byte or decimal:
                value = Convert.ToDouble(cell, CultureInfo.InvariantCulture);
                return true;
            case string text:
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
            default:
                value = double.NaN;
                return false;
        }
    }
}
