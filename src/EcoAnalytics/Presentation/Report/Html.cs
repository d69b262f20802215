using System.Globalization;
using System.Net;

namespace EcoAnalytics.Presentation.Report;

/// <summary>Small HTML writing helpers: every text is encoded; numbers carry their value for sorting.</summary>
internal sealed class Html(TextWriter writer)
{
    private int _tables;

    public TextWriter Writer { get; } = writer;

    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string N(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "—";

    public static string P(double? value) => value is { } v ? v.ToString("0%", CultureInfo.InvariantCulture) : "—";

    public void Raw(string html) => Writer.Write(html);

    public void Line(string html) => Writer.WriteLine(html);

    /// <summary>Starts a sortable, filterable table: a filter box, a row count, and the header row.</summary>
    public void StartTable(string id, ReportLanguage language, params string[] headers)
    {
        var tableId = $"{id}-{++_tables}";
        Writer.Write($"<input class=\"filter\" type=\"search\" data-table=\"{tableId}\" placeholder=\"{E(language.T("筛选（输入文字，空格分隔多个词）", "filter (type words, space-separated)"))}\"><span class=\"count\"></span>");
        Writer.Write($"<div class=\"scroll\"><table class=\"data\" id=\"{tableId}\"><thead><tr>");
        foreach (var h in headers)
        {
            Writer.Write($"<th>{E(h)}</th>");
        }

        Writer.WriteLine("</tr></thead><tbody>");
    }

    public void EndTable() => Writer.WriteLine("</tbody></table></div>");

    public void StartRow(bool synthetic = false) => Writer.Write(synthetic ? "<tr class=\"synthetic\">" : "<tr>");

    public void EndRow() => Writer.WriteLine("</tr>");

    public void Cell(string? text, string? css = null) => Writer.Write(css is null ? $"<td>{E(text)}</td>" : $"<td class=\"{css}\">{E(text)}</td>");

    public void CellHtml(string html) => Writer.Write($"<td>{html}</td>");

    public void Number(double? value, string? display = null) =>
        Writer.Write($"<td class=\"num\" data-v=\"{(value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty)}\">{E(display ?? N(value))}</td>");

    public void Number(int? value) => Number(value, value?.ToString(CultureInfo.InvariantCulture));
}
