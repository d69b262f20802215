using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace EcoAnalytics.Cli.Notebooks;

/// <summary>Kernel events of one cell → nbformat 4 outputs.</summary>
internal static class CellOutputs
{
    public static JsonObject? From(KernelEvent e, int executionCount) => e switch
    {
        StandardOutputValueProduced o => Stream("stdout", Text(o.FormattedValues)),
        StandardErrorValueProduced o => Stream("stderr", Text(o.FormattedValues)),
        ReturnValueProduced r => Bundle("execute_result", r.FormattedValues, executionCount),
        DisplayEvent d => Bundle("display_data", d.FormattedValues, null),
        _ => null,
    };

    public static JsonObject Error(string name, string message) => new()
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = message,
        ["traceback"] = new JsonArray(message.Split('\n').Select(l => (JsonNode)JsonValue.Create(l)).ToArray()),
    };

    private static JsonObject? Bundle(string type, IReadOnlyCollection<FormattedValue> values, int? executionCount)
    {
        var data = new JsonObject();
        foreach (var value in values.Where(v => !v.SuppressDisplay))
        {
            data[value.MimeType] = value.Value;
        }

        if (data.Count == 0)
        {
            return null;
        }

        var output = new JsonObject { ["output_type"] = type, ["data"] = data, ["metadata"] = new JsonObject() };
        if (executionCount is { } n)
        {
            output["execution_count"] = n;
        }

        return output;
    }

    private static JsonObject Stream(string name, string text) => new() { ["output_type"] = "stream", ["name"] = name, ["text"] = text };

    private static string Text(IReadOnlyCollection<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? values.FirstOrDefault()?.Value ?? string.Empty;
}
