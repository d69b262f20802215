using EcoAnalytics.Diagnostics;
using EcoAnalytics.Io;

namespace EcoAnalytics.Import;

/// <summary>
/// Tables in text: tab-separated (as copied from a Word or PDF table), comma-separated, or Markdown pipe tables. The
/// whole file is one table; lines without a separator (titles, notes) are rows of one cell.
/// </summary>
internal static class TextTables
{
    public static AnnexTable? Read(string path, string name, InputEncoding encoding, List<Diagnostic> diagnostics)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(path), encoding, name, diagnostics);
        return text is null ? null : Parse(text, name);
    }

    public static AnnexTable Parse(string text, string name)
    {
        var lines = text.Split('\n');
        var markdown = lines.Count(l => l.TrimStart().StartsWith('|')) >= 2;
        if (markdown)
        {
            return new AnnexTable(name, "text", MarkdownRows(lines));
        }

        var delimiter = lines.Sum(l => l.Count(c => c == '\t')) > 0 ? '\t' : lines.Sum(l => l.Count(c => c == ',')) >= lines.Sum(l => l.Count(c => c == ';')) ? ',' : ';';
        var rows = new List<AnnexRow>();
        var tokens = new CsvTokenizer(text, delimiter);
        while (tokens.Read())
        {
            var cells = Enumerable.Range(0, tokens.FieldCount).Select(tokens.GetString).ToList();
            rows.Add(new AnnexRow(tokens.Line, cells));
        }

        return new AnnexTable(name, "text", rows);
    }

    private static List<AnnexRow> MarkdownRows(string[] lines)
    {
        var rows = new List<AnnexRow>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith('|'))
            {
                rows.Add(new AnnexRow(i + 1, [line]));
                continue;
            }

            var inner = line.Trim('|');
            var cells = inner.Split('|').Select(c => c.Trim()).ToList();
            if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' ')))
            {
                continue; // the |---|---| line under the header
            }

            rows.Add(new AnnexRow(i + 1, cells.Select(c => c.Replace("<br>", " ", StringComparison.OrdinalIgnoreCase)).ToList()));
        }

        return rows;
    }
}
