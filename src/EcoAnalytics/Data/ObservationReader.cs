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

    private readonly int _currentYear;
    private readonly bool[] _wholeNumbers;
    private readonly bool[] _references;

    /// <summary>Creates a reader that resolves ids against <paramref name="catalog"/> and <paramref name="counties"/>.</summary>
    /// <param name="catalog">The indicators.</param>
    /// <param name="counties">The counties and reference units.</param>
    /// <param name="clock">What "now" is, for the check that no observation is from a future year; the system clock by default.</param>
    public ObservationReader(IndicatorCatalog catalog, CountyRegistry counties, TimeProvider? clock = null)
    {
        _currentYear = (clock ?? TimeProvider.System).GetUtcNow().Year;
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _counties = counties ?? throw new ArgumentNullException(nameof(counties));
        _wholeNumbers = catalog.Select(i => i.Kind != IndicatorKind.Status && i.IsWholeNumber).ToArray();
        _references = counties.Select(c => c.IsReference).ToArray();
        _countyIds = counties.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _indicatorCodes = catalog.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// True when the files hold targets assigned by the upper level, not observations: a target may be for a future
    /// year and a count target may be fractional (242.4 days from a ratio), so neither is flagged; bounds still are.
    /// </summary>
    public bool ReadsTargets { get; init; }

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
        return new LoadResult<ObservationTable>(table, DiagnosticCap.Apply(diagnostics));
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
        return new LoadResult<ObservationTable>(table, DiagnosticCap.Apply(diagnostics));
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
        var fullWidth = new List<int>();
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
            if (!int.TryParse(yearSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && FullWidth.Any(yearSpan)
                && int.TryParse(FullWidth.ToAscii(yearSpan), NumberStyles.None, CultureInfo.InvariantCulture, out year))
            {
                fullWidth.Add(line);
            }

            if (year < MinYear || year > MaxYear)
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
            if (indicator.Kind == IndicatorKind.Status && indicator.Scale == OrdinalScale.Ladder && !rows.IsEscaped(cValue) && knownLabel.TryGetValue(valueSpan, out var known))
            {
                (value, label) = known;
            }
            else if (indicator.Kind == IndicatorKind.Status)
            {
                var text = rows.GetString(cValue);
                if (StatusScale.LevelOf(text, indicator.Scale) is not { } level)
                {
                    diagnostics.Add(Problem(DiagnosticCodes.UnknownStatus, cValue, $"status '{text}' for {context.Indicator} is not on the {StatusScale.Describe(indicator.Scale)} ({string.Join(", ", StatusScale.LabelsOf(indicator.Scale).Keys)})") with { County = context.County, Indicator = context.Indicator, Year = year });
                    continue;
                }

                value = level;
                label = table.Intern(text);
                if (!rows.IsEscaped(cValue) && indicator.Scale == OrdinalScale.Ladder)
                {
                    knownLabels[text] = (level, label);
                }
            }
            else if (!TryNumber(valueSpan, indicator, out value, out var normalised) || !double.IsFinite(value))
            {
                var shown = valueSpan.IsEmpty ? "an empty value" : $"value '{valueSpan}'";
                diagnostics.Add(Problem(DiagnosticCodes.NotANumber, cValue, $"{shown} for {context.Indicator} is not a number{(valueSpan.Contains(',') ? " (use '.' as the decimal separator)" : string.Empty)}") with { County = context.County, Indicator = context.Indicator, Year = year });
                continue;
            }
            else if (!indicator.InBounds(value))
            {
                diagnostics.Add(Problem(DiagnosticCodes.OutOfBounds, cValue, $"value {value.ToString(CultureInfo.InvariantCulture)} for {context.Indicator} lies outside its bounds [{Bound(indicator.Min)}, {Bound(indicator.Max)}] {indicator.Unit}") with { County = context.County, Indicator = context.Indicator, Year = year });
                continue;
            }
            else if (normalised && (fullWidth.Count == 0 || fullWidth[^1] != line))
            {
                fullWidth.Add(line);
            }

            // A reference unit (a province) reports averages over its cities: 248.1 good-air days is a real figure there.
            if (_wholeNumbers[indicatorIndex] && value != Math.Floor(value) && !ReadsTargets && !_references[county])
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.NotWholeCount, $"{context.Indicator} {year} is {value.ToString(CultureInfo.InvariantCulture)} {indicator.Unit}, but it counts whole {indicator.Unit}", csv.Name, line, cValue + 1) { County = context.County, Indicator = context.Indicator, Year = year });
            }

            if (!ReadsTargets && year > _currentYear)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.FutureYear, $"{context.Indicator} {year} is after the current year {_currentYear}: a target or plan value in the observations?", csv.Name, line, cYear + 1) { County = context.County, Indicator = context.Indicator, Year = year });
            }

            var source = rows.IsEscaped(cSource) ? table.Intern(rows.GetString(cSource)) : table.Intern(sourceSpan);
            var note = cNote < 0 || rows.Span(cNote).IsWhiteSpace() ? 0
                : rows.IsEscaped(cNote) ? table.Intern(rows.GetString(cNote))
                : table.Intern(rows.Span(cNote).Trim());
            table.AddInterned(county, indicatorIndex, year, value, label, source, note, fileId, line);
        }

        if (fullWidth.Count > 0)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Info,
                DiagnosticCodes.FullWidthNormalised,
                $"{fullWidth.Count} row(s) wrote a year or value in full-width characters (e.g. ２０２１, ７０．５); read as ASCII digits (first on line {fullWidth[0]})",
                csv.Name,
                fullWidth[0]));
        }

        if (rows.Resynchronised > 0)
        {
            diagnostics.Add(new Diagnostic(
                Severity.Warning,
                DiagnosticCodes.MalformedRow,
                $"{rows.Resynchronised} row(s) had a quote that is not closed on their line; each was skipped alone and the rows after it were read",
                csv.Name));
        }

        if (table.Count == before && !diagnostics.Any(d => d.IsError && d.File == csv.Name))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.EmptyFile, "the file has a header but no observations", csv.Name, 2));
        }
    }

    /// <summary>An invariant-culture number; full-width digits and signs are accepted (and reported), and so is a trailing ％ on a percentage.</summary>
    private static bool TryNumber(ReadOnlySpan<char> text, Indicator indicator, out double value, out bool normalised)
    {
        normalised = false;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (!FullWidth.Any(text))
        {
            return false;
        }

        var ascii = FullWidth.ToAscii(text);
        if (indicator.Unit == "%" && ascii.EndsWith('%'))
        {
            ascii = ascii[..^1].TrimEnd();
        }

        normalised = double.TryParse(ascii, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        return normalised;
    }

    private static string Bound(double? bound) => bound?.ToString(CultureInfo.InvariantCulture) ?? "∞";
}
