using System.Globalization;
using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Io;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// Writes observations in the long CSV format of <c>datasets/observations.csv</c>
/// (<c>county,indicator,year,value,source,note</c>): UTF-16 text for a <see cref="TextWriter"/>, <c>\n</c> line
/// ends, invariant culture, numbers in their shortest round-trip form (reading them back gives the identical
/// double), status indicators as their label, RFC 4180 quotes around fields with commas, quotes or line breaks.
/// Sources, notes and labels are written verbatim, so real rows keep their provenance exactly.
/// </summary>
public static class ObservationCsv
{
    /// <summary>The header line, without its line end.</summary>
    public const string Header = "county,indicator,year,value,source,note";

    /// <summary>
    /// Writes every row of <paramref name="table"/> sorted by county id, indicator code (both ordinal), year, then
    /// source kind in <see cref="Sources.Priority"/> order (seed, published, other, derived, synthetic: real before
    /// synthetic), ties in table order. This is the canonical form of <c>datasets/observations.csv</c>.
    /// </summary>
    public static void Write(ObservationTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        var countyRank = Ranks(table.Counties.Select(c => c.Id).ToList());
        var codeRank = Ranks(table.Catalog.Select(i => i.Code).ToList());
        var priority = new Dictionary<int, int>();
        int Priority(int row)
        {
            var id = table.SourceId(row);
            if (!priority.TryGetValue(id, out var p))
            {
                p = priority[id] = Sources.Priority(Sources.KindOf(table.Text(id)));
            }

            return p;
        }

        var order = Enumerable.Range(0, table.Count).ToArray();
        var keys = order.Select(row => (countyRank[table.CountyIndex(row)], codeRank[table.IndicatorIndex(row)], table.Year(row), Priority(row), row)).ToArray();
        Array.Sort(keys, order);
        WriteRows(table, order, writer);
    }

    /// <summary>
    /// The text of a regenerated observation file: the header and every real (non-synthetic) row of
    /// <paramref name="originalText"/> exactly as written there, in their order, then the synthetic rows of
    /// <paramref name="generated"/> sorted by county, indicator and year. Real values are never re-formatted.
    /// </summary>
    /// <param name="originalText">The observation file as read.</param>
    /// <param name="loaded">The same file loaded without errors (its rows carry their line numbers).</param>
    /// <param name="generated">The output of <see cref="PanelGenerator.GenerateDemonstration"/> over it.</param>
    public static string RealRowsThenSynthetic(string originalText, ObservationTable loaded, ObservationTable generated)
    {
        ArgumentNullException.ThrowIfNull(originalText);
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(generated);
        var lines = originalText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var starts = loaded.Select(o => o.Line).Order().ToArray();
        var builder = new StringBuilder(Header).Append('\n');
        foreach (var row in loaded.Where(o => !o.IsSynthetic))
        {
            // A record may span several physical lines (quoted newlines): copy up to the next record's first line.
            var next = Array.Find(starts, s => s > row.Line);
            var end = next == 0 ? lines.Length : next - 1;
            for (var line = row.Line; line <= end && line <= lines.Length; line++)
            {
                if (lines[line - 1].Length > 0 || line < end)
                {
                    builder.Append(lines[line - 1]).Append('\n');
                }
            }
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var synthetic = Enumerable.Range(0, generated.Count).Where(i => generated.Text(generated.SourceId(i)) == Sources.Synthetic).ToArray();
        var countyRank = Ranks(generated.Counties.Select(c => c.Id).ToList());
        var codeRank = Ranks(generated.Catalog.Select(i => i.Code).ToList());
        var keys = synthetic.Select(r => (countyRank[generated.CountyIndex(r)], codeRank[generated.IndicatorIndex(r)], generated.Year(r), r)).ToArray();
        Array.Sort(keys, synthetic);
        WriteRows(generated, synthetic, writer);
        var rows = writer.ToString();
        return builder.Append(rows.AsSpan(rows.IndexOf('\n', StringComparison.Ordinal) + 1)).ToString();
    }

    /// <summary>Writes the header and the rows of <paramref name="table"/> in the order given (all rows when <c>null</c>).</summary>
    internal static void WriteRows(ObservationTable table, int[]? order, TextWriter writer)
    {
        var counties = table.Counties.Select(c => CsvFormat.Escape(c.Id)).ToArray();
        var codes = table.Catalog.Select(i => CsvFormat.Escape(i.Code)).ToArray();
        var isStatus = table.Catalog.Select(i => i.Kind == IndicatorKind.Status).ToArray();
        var texts = new TextCache(table);
        Span<char> number = stackalloc char[32];
        writer.Write(Header);
        writer.Write('\n');
        var count = order?.Length ?? table.Count;
        for (var k = 0; k < count; k++)
        {
            var row = order is null ? k : order[k];
            var indicator = table.IndicatorIndex(row);
            writer.Write(counties[table.CountyIndex(row)]);
            writer.Write(',');
            writer.Write(codes[indicator]);
            writer.Write(',');
            table.Year(row).TryFormat(number, out var written, default, CultureInfo.InvariantCulture);
            writer.Write(number[..written]);
            writer.Write(',');
            if (isStatus[indicator])
            {
                writer.Write(texts.Label(row));
            }
            else
            {
                table.Value(row).TryFormat(number, out written, "R", CultureInfo.InvariantCulture);
                writer.Write(number[..written]);
            }

            writer.Write(',');
            writer.Write(texts.Get(table.SourceId(row)));
            writer.Write(',');
            writer.Write(texts.Get(table.NoteId(row)));
            writer.Write('\n');
        }
    }

    private static int[] Ranks(List<string> ids)
    {
        var sorted = Enumerable.Range(0, ids.Count).OrderBy(i => ids[i], StringComparer.Ordinal).ToArray();
        var rank = new int[ids.Count];
        for (var r = 0; r < sorted.Length; r++)
        {
            rank[sorted[r]] = r;
        }

        return rank;
    }

    /// <summary>Escaped forms of the table's interned strings, computed once per string.</summary>
    private sealed class TextCache(ObservationTable table)
    {
        private string?[] _escaped = new string?[64];

        public string Get(int id)
        {
            if (id >= _escaped.Length)
            {
                Array.Resize(ref _escaped, Math.Max(id + 1, _escaped.Length * 2));
            }

            return _escaped[id] ??= CsvFormat.Escape(table.Text(id));
        }

        public string Label(int row) => table.Label(row) is { } label ? CsvFormat.Escape(label) : string.Empty;
    }
}
