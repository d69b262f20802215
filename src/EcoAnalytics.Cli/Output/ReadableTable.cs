using Spectre.Console;
using Spectre.Console.Rendering;

namespace EcoAnalytics.Cli.Output;

/// <summary>
/// A table whose column widths are budgeted before Spectre renders it, so that no word is broken across lines.
/// Spectre's own fitting narrows the widest wrappable columns and then every column evenly, which breaks names every
/// few characters; here every column gets at least its longest word, key columns (rule names) are never wrapped, and
/// the remaining width goes first to the columns that need least to fit on one line. When even the longest words do
/// not fit, the columns after the keys are spread over several tables, each repeating the keys; only when the keys
/// themselves are wider than the console is a key cut, with an ellipsis.
/// </summary>
internal sealed class ReadableTable(string? title, IReadOnlyList<ReadableTable.Column> columns)
{
    /// <summary>A column: <paramref name="Key"/> columns are never wrapped and are repeated in every part of a split table.</summary>
    /// <param name="Header">Header markup.</param>
    /// <param name="Key">Never wrapped; repeated in each part.</param>
    /// <param name="MinWidth">Narrowest useful width for a wrapped text column (a message), when it is longer than that.</param>
    public sealed record Column(string Header, bool Key = false, int MinWidth = 0);

    /// <summary>Simple border: one edge cell on each side, one separator between columns, one cell of padding each side.</summary>
    private static int Overhead(int count) => (3 * count) + 1;

    /// <summary>Narrowest a key column is cut to (with an ellipsis) when the keys alone are wider than the console.</summary>
    private const int NarrowestKey = 12;

    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public void AddRow(params string[] cells)
    {
        if (cells.Length != columns.Count)
        {
            throw new ArgumentException($"{cells.Length} cells for {columns.Count} columns", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table: one table when the longest words of every column fit the console's width, else several.</summary>
    public void Write(IAnsiConsole console)
    {
        var width = console.Profile.Width;
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        var measured = Enumerable.Range(0, columns.Count).Select(i => Measure(options, i)).ToList();
        var keys = Enumerable.Range(0, columns.Count).Where(i => columns[i].Key).ToList();
        var parts = Split(measured, keys, width);
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            var caption = p == 0 ? title
                : $"(continued, {p + 1} of {parts.Count}: {Markup.Escape(string.Join(", ", part.Where(i => !columns[i].Key).Select(i => Markup.Remove(columns[i].Header))))})";
            console.Write(Build(part, Widths(part, measured, width), caption));
        }
    }

    private (int Min, int Max) Measure(RenderOptions options, int column)
    {
        var cells = _rows.Select(r => r[column]).Prepend(columns[column].Header).Select(text => ((IRenderable)new Markup(text)).Measure(options, 10_000)).ToList();
        var max = cells.Max(m => m.Max);
        var min = columns[column].Key ? max : Math.Max(cells.Max(m => m.Min), Math.Min(max, columns[column].MinWidth));
        return (min, max);
    }

    // The columns of each table: keys first in every part, the other columns in order, as many as fit. Packed at full
    // width (every row one line) when that needs no more tables than packing at the narrowest, else at the narrowest.
    private List<List<int>> Split(List<(int Min, int Max)> measured, List<int> keys, int width)
    {
        var all = Enumerable.Range(0, columns.Count).ToList();
        if (Total(all, measured, full: false) <= width || keys.Count == 0)
        {
            return [all];
        }

        var full = Pack(measured, keys, width, full: true);
        var narrow = Pack(measured, keys, width, full: false);
        return full.Count <= narrow.Count ? full : narrow;
    }

    private List<List<int>> Pack(List<(int Min, int Max)> measured, List<int> keys, int width, bool full)
    {
        var parts = new List<List<int>>();
        var current = new List<int>(keys);
        foreach (var i in Enumerable.Range(0, columns.Count).Where(i => !columns[i].Key))
        {
            if (current.Count > keys.Count && Total([.. current, i], measured, full) > width)
            {
                parts.Add(current);
                current = [.. keys];
            }

            current.Add(i);
        }

        parts.Add(current);
        return parts.Select(p => p.Order().ToList()).ToList();
    }

    private static int Total(IReadOnlyCollection<int> part, List<(int Min, int Max)> measured, bool full) =>
        part.Sum(i => full ? measured[i].Max : measured[i].Min) + Overhead(part.Count);

    // Every column its minimum; what is left goes first to the columns that need least to reach their full width.
    private Dictionary<int, int> Widths(List<int> part, List<(int Min, int Max)> measured, int width)
    {
        var widths = part.ToDictionary(i => i, i => measured[i].Min);
        var spare = width - Overhead(part.Count) - widths.Values.Sum();
        if (spare < 0)
        {
            // The keys alone are too wide: cut the widest key, with an ellipsis, until they fit (or reach the narrowest).
            foreach (var k in part.Where(i => columns[i].Key).OrderByDescending(i => widths[i]))
            {
                var cut = Math.Min(-spare, widths[k] - NarrowestKey);
                if (cut > 0)
                {
                    widths[k] -= cut;
                    spare += cut;
                }
            }

            return widths;
        }

        var wanting = part.Where(i => measured[i].Max > widths[i]).OrderBy(i => measured[i].Max - widths[i]).ToList();
        for (var n = 0; n < wanting.Count; n++)
        {
            var i = wanting[n];
            var give = Math.Min(measured[i].Max - widths[i], spare / (wanting.Count - n));
            widths[i] += give;
            spare -= give;
        }

        return widths;
    }

    private Table Build(List<int> part, Dictionary<int, int> widths, string? caption)
    {
        var table = new Table { Border = TableBorder.Simple };
        if (caption is not null)
        {
            table.Title = new TableTitle(caption);
        }

        foreach (var i in part)
        {
            var column = new TableColumn(columns[i].Header) { Width = widths[i], NoWrap = columns[i].Key };
            table.AddColumn(column);
        }

        foreach (var row in _rows)
        {
            table.AddRow(part.Select(i => (IRenderable)new Markup(row[i]) { Overflow = columns[i].Key ? Overflow.Ellipsis : Overflow.Fold }));
        }

        return table;
    }
}
