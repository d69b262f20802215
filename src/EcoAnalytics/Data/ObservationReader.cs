using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Io;

namespace EcoAnalytics.Data;

/// <summary>
/// Reads long observation CSV files (<c>county,indicator,year,value,source,note</c>) into an
/// <see cref="ObservationTable"/>. Every bad row is reported with file, line and column and skipped; every
/// good row is kept. Nothing is dropped silently.
/// </summary>
public sealed class ObservationReader
{
    /// <summary>The columns an observation file must have (<c>note</c> is optional).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["county", "indicator", "year", "value", "source"];

    private static readonly string[] KnownColumns = ["county", "indicator", "year", "value", "source", "note"];

    private const int MinYear = 1949;
    private const int MaxYear = 2100;

    private readonly IndicatorCatalog _catalog;
    private readonly CountyRegistry _counties;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _countyIds;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indicatorCodes;

    /// <summary>Creates a reader that resolves ids against <paramref name="catalog"/> and <paramref name="counties"/>.</summary>
    public ObservationReader(IndicatorCatalog catalog, CountyRegistry counties)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _counties = counties ?? throw new ArgumentNullException(nameof(counties));
        _countyIds = counties.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _indicatorCodes = catalog.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads one or more files into one table, then checks duplicates across all of them.</summary>
    public LoadResult<ObservationTable> Read(IEnumerable<string> paths, InputEncoding encoding = InputEncoding.Auto)
    {
        var diagnostics = new List<Diagnostic>();
        var table = new ObservationTable(_catalog, _counties);
        foreach (var path in paths)
        {
            var csv = CsvFile.Open(path, encoding, diagnostics);
            if (csv is not null)
            {
                ReadRows(csv, table, diagnostics);
            }
        }

        ObservationChecks.Run(table, diagnostics);
        return new LoadResult<ObservationTable>(table, diagnostics);
    }

    /// <summary>Reads CSV text already in memory; <paramref name="name"/> is used in diagnostics.</summary>
    public LoadResult<ObservationTable> ReadText(string text, string name = "<text>")
    {
        var diagnostics = new List<Diagnostic>();
        var table = new ObservationTable(_catalog, _counties);
        var csv = CsvFile.FromText(text, name, diagnostics);
        if (csv is not null)
        {
            ReadRows(csv, table, diagnostics);
        }

        ObservationChecks.Run(table, diagnostics);
        return new LoadResult<ObservationTable>(table, diagnostics);
    }

    private void ReadRows(CsvFile csv, ObservationTable table, List<Diagnostic> diagnostics)
    {
        if (!csv.Require(RequiredColumns, diagnostics))
        {
            return;
        }

        csv.WarnUnknownColumns(KnownColumns, diagnostics);

        var cCounty = csv.Column("county");
        var cIndicator = csv.Column("indicator");
        var cYear = csv.Column("year");
        var cValue = csv.Column("value");
        var cSource = csv.Column("source");
        var cNote = csv.Column("note");
        var fileId = table.Intern(csv.Name);
        var rows = csv.Rows;
        var before = table.Count;
        table.EnsureCapacity(before + rows.RemainingLineBreaks + 1);

        // Status labels already seen in this file, by their text: level and interned id (skips re-normalising).
        var knownLabels = new Dictionary<string, (int Level, int Label)>(StringComparer.Ordinal);
        var knownLabel = knownLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        (string Id, int Index) lastCounty = (string.Empty, -1);
        (string Code, int Index) lastIndicator = (string.Empty, -1);
        int county, indicatorIndex;
        while (rows.Read())
        {
            if (!csv.CheckRow(diagnostics))
            {
                continue;
            }

            var line = rows.Line;
            Diagnostic Problem(string code, int column, string message) =>
                new(Severity.Error, code, message, csv.Name, line, column + 1);

            // Long files give one county and indicator for many rows in a row: compare with the previous id first.
            var countySpan = rows.Span(cCounty).Trim();
            if (lastCounty.Index >= 0 && countySpan.SequenceEqual(lastCounty.Id))
            {
                county = lastCounty.Index;
            }
            else if (_countyIds.TryGetValue(countySpan, out county))
            {
                lastCounty = (_counties[county].Id, county);
            }
            else
            {
                var id = countySpan.ToString();
                var byName = _counties.Find(id);
                if (byName is null)
                {
                    diagnostics.Add(Problem(DiagnosticCodes.UnknownCounty, cCounty, _counties.UnknownMessage(id)) with { County = id });
                    continue;
                }

                county = _counties.IndexOf(byName.Id);
            }

            var codeSpan = rows.Span(cIndicator).Trim();
            if (lastIndicator.Index >= 0 && codeSpan.SequenceEqual(lastIndicator.Code))
            {
                indicatorIndex = lastIndicator.Index;
            }
            else if (_indicatorCodes.TryGetValue(codeSpan, out indicatorIndex))
            {
                lastIndicator = (_catalog[indicatorIndex].Code, indicatorIndex);
            }
            else
            {
                var code = codeSpan.ToString();
                var byAlias = _catalog.ResolveAlias(code);
                if (byAlias is null)
                {
                    diagnostics.Add(Problem(DiagnosticCodes.UnknownIndicator, cIndicator, _catalog.UnknownMessage(code)) with { County = _counties[county].Id, Indicator = code });
                    continue;
                }

                indicatorIndex = _catalog.IndexOf(byAlias.Code);
            }

            var indicator = _catalog[indicatorIndex];
            var context = (County: _counties[county].Id, Indicator: indicator.Code);
            var yearSpan = rows.Span(cYear).Trim();
            if (!int.TryParse(yearSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < MinYear || year > MaxYear)
            {
                diagnostics.Add(Problem(DiagnosticCodes.InvalidYear, cYear, $"year '{yearSpan}' for {context.Indicator} is not a year between {MinYear} and {MaxYear}") with { County = context.County, Indicator = context.Indicator });
                continue;
            }

            var sourceSpan = rows.Span(cSource).Trim();
            if (sourceSpan.IsEmpty)
            {
                diagnostics.Add(Problem(DiagnosticCodes.MissingSource, cSource, $"{context.Indicator} {year} has no source; every observation must say where it comes from") with { County = context.County, Indicator = context.Indicator, Year = year });
                continue;
            }

            var valueSpan = rows.Span(cValue).Trim();
            double value;
            var label = 0;
            if (indicator.Kind == IndicatorKind.Status && !rows.IsEscaped(cValue) && knownLabel.TryGetValue(valueSpan, out var known))
            {
                (value, label) = known;
            }
            else if (indicator.Kind == IndicatorKind.Status)
            {
                var text = rows.GetString(cValue);
                if (StatusScale.LevelOf(text) is not { } level)
                {
                    diagnostics.Add(Problem(DiagnosticCodes.UnknownStatus, cValue, $"status '{text}' for {context.Indicator} is not on the status ladder ({string.Join(", ", StatusScale.Labels.Keys)})") with { County = context.County, Indicator = context.Indicator, Year = year });
                    continue;
                }

                value = level;
                label = table.Intern(text);
                if (!rows.IsEscaped(cValue))
                {
                    knownLabels[text] = (level, label);
                }
            }
            else if (!double.TryParse(valueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            {
                var shown = valueSpan.IsEmpty ? "an empty value" : $"value '{valueSpan}'";
                diagnostics.Add(Problem(DiagnosticCodes.NotANumber, cValue, $"{shown} for {context.Indicator} is not a number (use '.' as the decimal separator)") with { County = context.County, Indicator = context.Indicator, Year = year });
                continue;
            }
            else if (!indicator.InBounds(value))
            {
                diagnostics.Add(Problem(DiagnosticCodes.OutOfBounds, cValue, $"value {value.ToString(CultureInfo.InvariantCulture)} for {context.Indicator} lies outside its bounds [{Bound(indicator.Min)}, {Bound(indicator.Max)}] {indicator.Unit}") with { County = context.County, Indicator = context.Indicator, Year = year });
                continue;
            }

            var source = rows.IsEscaped(cSource) ? table.Intern(rows.GetString(cSource)) : table.Intern(sourceSpan);
            var note = cNote < 0 || rows.Span(cNote).IsWhiteSpace() ? 0
                : rows.IsEscaped(cNote) ? table.Intern(rows.GetString(cNote))
                : table.Intern(rows.Span(cNote).Trim());
            table.AddInterned(county, indicatorIndex, year, value, label, source, note, fileId, line);
        }

        if (table.Count == before && !diagnostics.Any(d => d.IsError && d.File == csv.Name))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.EmptyFile, "the file has a header but no observations", csv.Name, 2));
        }
    }

    private static string Bound(double? bound) => bound?.ToString(CultureInfo.InvariantCulture) ?? "∞";
}
