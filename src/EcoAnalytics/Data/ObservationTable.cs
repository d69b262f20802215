using EcoAnalytics.Catalog;

namespace EcoAnalytics.Data;

/// <summary>
/// Observations in columnar form (one array per field), as loaded from one or more long CSV files.
/// Built for national scale: a million rows cost a few arrays, not a million objects. Rows are exposed as
/// <see cref="Observation"/> records on demand.
/// </summary>
public sealed class ObservationTable : IReadOnlyList<Observation>
{
    private readonly List<string> _strings;
    private int[] _county = [];
    private int[] _indicator = [];
    private int[] _year = [];
    private double[] _value = [];
    private int[] _label = [];
    private int[] _source = [];
    private int[] _note = [];
    private int[] _file = [];
    private int[] _line = [];

    internal ObservationTable(IndicatorCatalog catalog, CountyRegistry counties, int capacity = 0)
    {
        Catalog = catalog;
        Counties = counties;
        _strings = [string.Empty];
        _interned = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = 0 };
        Grow(Math.Max(capacity, 16));
    }

    private readonly Dictionary<string, int> _interned;
    private int _lastSpanInterned;

    /// <summary>The catalog indicator codes refer to.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The registry county ids refer to.</summary>
    public CountyRegistry Counties { get; }

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <inheritdoc/>
    public Observation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var label = _label[index];
            var file = _file[index];
            return new Observation(
                Counties[_county[index]].Id,
                Catalog[_indicator[index]].Code,
                _year[index],
                _value[index],
                label == 0 ? null : _strings[label],
                _strings[_source[index]],
                _strings[_note[index]])
            {
                File = file == 0 ? null : _strings[file],
                Line = _line[index],
            };
        }
    }

    internal int CountyIndex(int row) => _county[row];

    internal int IndicatorIndex(int row) => _indicator[row];

    internal int Year(int row) => _year[row];

    internal double Value(int row) => _value[row];

    internal string? Label(int row) => _label[row] == 0 ? null : _strings[_label[row]];

    internal int SourceId(int row) => _source[row];

    internal string Text(int id) => _strings[id];

    /// <summary>Number of interned strings; ids run from 0 to this less one.</summary>
    internal int TextCount => _strings.Count;

    internal int Line(int row) => _line[row];

    internal int NoteId(int row) => _note[row];

    /// <summary>Appends a row; strings are interned, so repeated sources cost nothing.</summary>
    internal void Add(int county, int indicator, int year, double value, string? label, string source, string note, string? file, int line) =>
        AddInterned(county, indicator, year, value, label is null ? 0 : Intern(label), Intern(source), Intern(note), file is null ? 0 : Intern(file), line);

    /// <summary>Appends a row given by ids; unknown ids throw (this is for code, not for files).</summary>
    public void Add(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var county = Counties.IndexOf(observation.County);
        var indicator = Catalog.IndexOf(observation.Indicator);
        if (county < 0)
        {
            throw new ArgumentException(Counties.UnknownMessage(observation.County), nameof(observation));
        }

        if (indicator < 0)
        {
            throw new ArgumentException(Catalog.UnknownMessage(observation.Indicator), nameof(observation));
        }

        Add(county, indicator, observation.Year, observation.Value, observation.Label, observation.Source, observation.Note, observation.File, observation.Line);
    }

    /// <inheritdoc/>
    public IEnumerator<Observation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal int Intern(string text)
    {
        if (!_interned.TryGetValue(text, out var id))
        {
            id = _strings.Count;
            _strings.Add(text);
            _interned.Add(text, id);
        }

        return id;
    }

    internal Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> InternLookup => _interned.GetAlternateLookup<ReadOnlySpan<char>>();

    internal int Intern(ReadOnlySpan<char> text)
    {
        // Long files repeat the same source row after row: compare with the last one before hashing.
        if (text.SequenceEqual(_strings[_lastSpanInterned]))
        {
            return _lastSpanInterned;
        }

        var lookup = InternLookup;
        if (!lookup.TryGetValue(text, out var id))
        {
            id = Intern(text.ToString());
        }

        return _lastSpanInterned = id;
    }

    internal void AddInterned(int county, int indicator, int year, double value, int label, int source, int note, int file, int line)
    {
        if (Count == _county.Length)
        {
            Grow(Count * 2);
        }

        var i = Count++;
        _county[i] = county;
        _indicator[i] = indicator;
        _year[i] = year;
        _value[i] = value;
        _label[i] = label;
        _source[i] = source;
        _note[i] = note;
        _file[i] = file;
        _line[i] = line;
    }

    /// <summary>Makes room for <paramref name="capacity"/> rows at once (loaders know roughly how many rows a file has).</summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > _county.Length)
        {
            Grow(capacity);
        }
    }

    private void Grow(int capacity)
    {
        Array.Resize(ref _county, capacity);
        Array.Resize(ref _indicator, capacity);
        Array.Resize(ref _year, capacity);
        Array.Resize(ref _value, capacity);
        Array.Resize(ref _label, capacity);
        Array.Resize(ref _source, capacity);
        Array.Resize(ref _note, capacity);
        Array.Resize(ref _file, capacity);
        Array.Resize(ref _line, capacity);
    }
}
