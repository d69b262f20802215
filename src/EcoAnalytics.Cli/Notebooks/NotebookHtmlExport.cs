using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;

namespace EcoAnalytics.Cli.Notebooks;

/// <summary>
/// An executed notebook as one HTML page: markdown cells rendered, code cells as source, outputs as the kernel gave
/// them (text/html as is, so the plotly.js that the first cell's output carries draws every chart offline). The page
/// itself loads nothing from the network.
/// </summary>
internal static class NotebookHtmlExport
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private const string Css = """
        body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; max-width: 1200px; margin: 0 auto; padding: 12px 24px; color: #212121; }
        .cell { margin: 10px 0; } .markdown { line-height: 1.5; }
        pre.source { background: #f5f5f5; border-left: 3px solid #1b5e20; padding: 6px 10px; overflow-x: auto; font-size: 13px; }
        pre.stream { padding: 4px 10px; font-size: 12px; white-space: pre-wrap; }
        pre.error { background: #ffebee; color: #b71c1c; padding: 6px 10px; white-space: pre-wrap; }
        .output { margin-left: 12px; overflow-x: auto; }
        """;

    public static string Render(NotebookFile notebook)
    {
        var title = Path.GetFileNameWithoutExtension(notebook.Path);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>").Append(Encode(title)).Append("</title><style>").Append(Css).Append("</style></head><body>\n");
        foreach (var cell in notebook.Cells)
        {
            var source = NotebookFile.SourceOf(cell!);
            switch (NotebookFile.TypeOf(cell!))
            {
                case "markdown":
                    html.Append("<div class=\"cell markdown\">").Append(Markdig.Markdown.ToHtml(source, Markdown)).Append("</div>\n");
                    break;
                case "code":
                    html.Append("<div class=\"cell code\"><pre class=\"source\"><code>").Append(Encode(source)).Append("</code></pre>");
                    foreach (var output in cell!["outputs"] as JsonArray ?? [])
                    {
                        html.Append("<div class=\"output\">").Append(Output(output!)).Append("</div>");
                    }

                    html.Append("</div>\n");
                    break;
                default:
                    html.Append("<pre class=\"raw\">").Append(Encode(source)).Append("</pre>\n");
                    break;
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static string Output(JsonNode output)
    {
        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                return $"<pre class=\"stream\">{Encode(Text(output["text"]))}</pre>";
            case "error":
                return $"<pre class=\"error\">{Encode(output["evalue"]?.GetValue<string>() ?? string.Empty)}</pre>";
            default:
                var data = output["data"] as JsonObject;
                if (data?["text/html"] is { } htmlValue)
                {
                    return Text(htmlValue);
                }

                return data?["text/plain"] is { } plain ? $"<pre class=\"stream\">{Encode(Text(plain))}</pre>" : string.Empty;
        }
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => string.Empty,
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
