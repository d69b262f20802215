using EcoAnalytics.Catalog;

namespace EcoAnalytics.Data;

public sealed partial class Panel
{
    /// <summary>
    /// Pivots long observations into a panel: one row per county present, one slot per year from the first
    /// to the last year observed. Where several observations share a cell, the one with the most
    /// authoritative source wins (seed, then published, other, derived, synthetic; ties: first in file).
    /// Without any observation of the wanted counties the panel is empty: no counties and no years
    /// (<see cref="YearCount"/> 0).
    /// </summary>
    /// <param name="table">The observations.</param>
    /// <param name="counties">Restrict to these county ids (default: every county with data).</param>
    public static Panel From(ObservationTable table, IEnumerable<string>? counties = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var wanted = counties?.ToHashSet(StringComparer.Ordinal);
        var present = new bool[table.Counties.Count];
        int first = int.MaxValue, last = int.MinValue;
        for (var row = 0; row < table.Count; row++)
        {
            var c = table.CountyIndex(row);
            if (wanted is not null && !wanted.Contains(table.Counties[c].Id))
            {
                continue;
            }

            present[c] = true;
            first = Math.Min(first, table.Year(row));
            last = Math.Max(last, table.Year(row));
        }

        var rows = table.Counties.Where((_, i) => present[i]).ToList();
        if (rows.Count == 0)
        {
            // No county has data: the panel covers no years (the same panel whenever and wherever it is built).
            (first, last) = (0, -1);
        }

        var map = new int[table.Counties.Count];
        for (int i = 0, r = 0; i < present.Length; i++)
        {
            map[i] = present[i] ? r++ : -1;
        }

        // Source ids: the panel shares the table's interned strings through its own compact list. Table string ids
        // are dense, so the mapping is an array (-1 = not seen yet).
        var sourceIds = new int[table.TextCount];
        Array.Fill(sourceIds, -1);
        var sourceTexts = new List<string>();
        var priority = new List<int>();
        var panel = new Panel(table.Catalog, rows, first, last, sourceTexts);
        for (var row = 0; row < table.Count; row++)
        {
            var c = map[table.CountyIndex(row)];
            if (c < 0)
            {
                continue;
            }

            var tableSource = table.SourceId(row);
            var source = sourceIds[tableSource];
            if (source < 0)
            {
                source = sourceIds[tableSource] = sourceTexts.Count;
                var text = table.Text(tableSource);
                sourceTexts.Add(text);
                priority.Add(Sources.Priority(Sources.KindOf(text)));
            }

            var indicator = table.IndicatorIndex(row);
            var year = table.Year(row);
            var existing = panel.SourceId(c, indicator, year);
            if (existing >= 0 && priority[existing] <= priority[source])
            {
                continue;
            }

            panel.Set(c, indicator, year, table.Value(row), table.Label(row), source);
        }

        return panel;
    }

    /// <summary>Builds an empty panel that code fills cell by cell (generators, DataFrame import).</summary>
    internal static Panel Empty(IndicatorCatalog catalog, IReadOnlyList<County> counties, int firstYear, int lastYear) =>
        new(catalog, counties, firstYear, lastYear, []);

    internal int InternSource(string text)
    {
        _sourceIndex ??= _sourceTexts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        if (_sourceIndex.TryGetValue(text, out var id))
        {
            return id;
        }

        _sourceTexts.Add(text);
        _sourceIndex.Add(text, _sourceTexts.Count - 1);
        return _sourceTexts.Count - 1;
    }

    private Dictionary<string, int>? _sourceIndex;
}
