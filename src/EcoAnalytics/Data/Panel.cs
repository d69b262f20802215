using System.Runtime.CompilerServices;
using EcoAnalytics.Catalog;

namespace EcoAnalytics.Data;

/// <summary>
/// A county × year × indicator cube: the wide view that rules and forecasts read. Each cell holds at most one
/// value (NaN when missing) with its source; where a file gives several values for one cell the panel keeps
/// the most authoritative (<see cref="Sources.Priority"/>) and the loader has already warned about the rest.
/// Immutable once built.
/// </summary>
public sealed partial class Panel
{
    private readonly double[]?[] _values;
    private readonly int[]?[] _sources;
    private readonly string?[]?[] _labels;
    private readonly List<string> _sourceTexts;
    private readonly Dictionary<string, int> _countyIndex;

    internal Panel(IndicatorCatalog catalog, IReadOnlyList<County> counties, int firstYear, int lastYear, List<string> sourceTexts)
    {
        Catalog = catalog;
        Counties = counties;
        FirstYear = firstYear;
        LastYear = lastYear;
        _sourceTexts = sourceTexts;
        _values = new double[]?[catalog.Count];
        _sources = new int[]?[catalog.Count];
        _labels = new string?[]?[catalog.Count];
        _countyIndex = counties.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The catalog the indicator columns come from.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The counties (rows) of the panel, in order.</summary>
    public IReadOnlyList<County> Counties { get; }

    /// <summary>First year covered (inclusive).</summary>
    public int FirstYear { get; }

    /// <summary>Last year covered (inclusive).</summary>
    public int LastYear { get; }

    /// <summary>Number of years covered.</summary>
    public int YearCount => LastYear - FirstYear + 1;

    /// <summary>The years covered, ascending.</summary>
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, YearCount);

    /// <summary>Indicators that have at least one value in the panel, in catalog order.</summary>
    public IEnumerable<Indicator> Indicators => Catalog.Where((_, i) => _values[i] is not null);

    /// <summary>Position of a county in <see cref="Counties"/>, or -1.</summary>
    public int CountyIndex(string county) => _countyIndex.GetValueOrDefault(county, -1);

    /// <summary>True when the panel has the county.</summary>
    public bool HasCounty(string county) => _countyIndex.ContainsKey(county);

    /// <summary>The value of a cell, or NaN when there is none (or the county, indicator or year is outside the panel).</summary>
    public double Value(string county, string indicator, int year)
    {
        var c = CountyIndex(county);
        var i = Catalog.IndexOf(indicator);
        return c < 0 || i < 0 ? double.NaN : Value(c, i, year);
    }

    /// <summary>The value of a cell by positions, or NaN.</summary>
    public double Value(int county, int indicator, int year)
    {
        var values = _values[indicator];
        return values is null || year < FirstYear || year > LastYear ? double.NaN : values[Offset(county, year)];
    }

    /// <summary>The whole series of a county and indicator, one slot per year from <see cref="FirstYear"/> (NaN = missing).</summary>
    public ReadOnlySpan<double> Series(int county, int indicator)
    {
        var values = _values[indicator];
        return values is null ? Missing(YearCount) : values.AsSpan(county * YearCount, YearCount);
    }

    /// <summary>
    /// The observed points of a county's indicator, in year order (missing years left out), and how many of them are
    /// synthetic. Empty when the county or the indicator is not in the panel.
    /// </summary>
    /// <param name="county">County id.</param>
    /// <param name="indicator">Indicator code.</param>
    public PanelSeries Points(string county, string indicator) => Points(CountyIndex(county), Catalog.IndexOf(indicator));

    /// <summary>The observed points of a cell series by positions; see <see cref="Points(string, string)"/>.</summary>
    /// <param name="county">County position (negative: none).</param>
    /// <param name="indicator">Indicator position (negative: none).</param>
    public PanelSeries Points(int county, int indicator)
    {
        if (county < 0 || indicator < 0 || _values[indicator] is null)
        {
            return new PanelSeries([], 0);
        }

        var series = Series(county, indicator);
        var points = new List<(int Year, double Value)>(series.Length);
        var synthetic = 0;
        var syntheticId = SourceIdOf(Sources.Synthetic);
        for (var y = 0; y < series.Length; y++)
        {
            if (!double.IsNaN(series[y]))
            {
                points.Add((FirstYear + y, series[y]));
                synthetic += SourceId(county, indicator, FirstYear + y) == syntheticId ? 1 : 0;
            }
        }

        // An array: the forecasters read it as it is, with no copy per method.
        return new PanelSeries(points.ToArray(), synthetic);
    }

    /// <summary>The cell with its provenance, or <c>null</c> when there is no value.</summary>
    public PanelCell? Cell(string county, string indicator, int year)
    {
        var c = CountyIndex(county);
        var i = Catalog.IndexOf(indicator);
        if (c < 0 || i < 0 || year < FirstYear || year > LastYear || _values[i] is not { } values)
        {
            return null;
        }

        var offset = Offset(c, year);
        var value = values[offset];
        if (double.IsNaN(value))
        {
            return null;
        }

        return new PanelCell(county, indicator, year, value, _labels[i]?[offset], _sourceTexts[_sources[i]![offset]]);
    }

    /// <summary>The source text of a cell by positions, or <c>null</c> when there is no value.</summary>
    public string? Source(int county, int indicator, int year)
    {
        if (_sources[indicator] is not { } sources || year < FirstYear || year > LastYear)
        {
            return null;
        }

        var id = sources[Offset(county, year)];
        return id < 0 ? null : _sourceTexts[id];
    }

    /// <summary>The status label of a cell by positions, or <c>null</c>.</summary>
    public string? Label(int county, int indicator, int year) =>
        _labels[indicator] is { } labels && year >= FirstYear && year <= LastYear ? labels[Offset(county, year)] : null;

    /// <summary>The latest year with a value for the county and indicator at or before <paramref name="atOrBefore"/>, or <c>null</c>.</summary>
    public int? LatestYear(int county, int indicator, int atOrBefore = int.MaxValue)
    {
        var series = Series(county, indicator);
        for (var y = Math.Min(LastYear, atOrBefore) - FirstYear; y >= 0; y--)
        {
            if (!double.IsNaN(series[y]))
            {
                return FirstYear + y;
            }
        }

        return null;
    }

    private int Offset(int county, int year) => (county * YearCount) + (year - FirstYear);

    private static double[] Missing(int length)
    {
        var missing = new double[length];
        Array.Fill(missing, double.NaN);
        return missing;
    }

    internal void Set(int county, int indicator, int year, double value, string? label, int source)
    {
        var values = _values[indicator];
        if (values is null)
        {
            values = _values[indicator] = Missing(Counties.Count * YearCount);
            var sources = _sources[indicator] = new int[values.Length];
            Array.Fill(sources, -1);
            if (Catalog[indicator].Kind == IndicatorKind.Status)
            {
                _labels[indicator] = new string?[values.Length];
            }
        }

        var offset = Offset(county, year);
        values[offset] = value;
        _sources[indicator]![offset] = source;
        if (_labels[indicator] is { } labels)
        {
            labels[offset] = label;
        }
    }

    /// <summary>A whole indicator column, county-major with one slot per year (the wide frame's row order); empty when it has no data.</summary>
    internal ReadOnlySpan<double> Column(int indicator) => _values[indicator];

    /// <summary>The source ids of <see cref="Column"/> (-1 where there is no value).</summary>
    internal ReadOnlySpan<int> SourceColumn(int indicator) => _sources[indicator];

    /// <summary>The labels of a status indicator's <see cref="Column"/>; empty for other indicators.</summary>
    internal ReadOnlySpan<string?> LabelColumn(int indicator) => _labels[indicator];

    internal int SourceCount => _sourceTexts.Count;

    /// <summary>The value of a cell and its source id (-1 when none) with one bounds check; NaN outside the panel.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // on the evaluation's per-row path
    internal double ValueAndSource(int county, int indicator, int year, out int source)
    {
        var values = _values[indicator];
        if (values is null || (uint)(year - FirstYear) >= (uint)YearCount)
        {
            source = -1;
            return double.NaN;
        }

        var offset = Offset(county, year);
        source = _sources[indicator]![offset];
        return values[offset];
    }

    /// <summary>The id of a source text in this panel, or -2 when no cell has it.</summary>
    internal int SourceIdOf(string text)
    {
        var id = _sourceTexts.IndexOf(text);
        return id < 0 ? -2 : id;
    }

    internal string SourceText(int id) => _sourceTexts[id];

    internal bool HasColumn(int indicator) => _values[indicator] is not null;

    internal int SourceId(int county, int indicator, int year) =>
        _sources[indicator] is { } sources && year >= FirstYear && year <= LastYear ? sources[Offset(county, year)] : -1;
}

/// <summary>One value of a <see cref="Panel"/> with its provenance.</summary>
/// <param name="County">County id.</param>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Year">Year.</param>
/// <param name="Value">Value (status indicators: ladder level).</param>
/// <param name="Label">Status label, or <c>null</c>.</param>
/// <param name="Source">Source text; <c>synthetic</c> for generated values.</param>
public sealed record PanelCell(string County, string Indicator, int Year, double Value, string? Label, string Source)
{
    /// <summary>True for generated values.</summary>
    public bool IsSynthetic => Source == Sources.Synthetic;
}

/// <summary>A county's observed series of one indicator: (year, value) points in year order, without missing years.</summary>
/// <param name="Points">The points.</param>
/// <param name="SyntheticPoints">How many of them are generated (source <c>synthetic</c>).</param>
public sealed record PanelSeries(IReadOnlyList<(int Year, double Value)> Points, int SyntheticPoints);
