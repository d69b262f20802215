using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcoAnalytics.Cli.Notebooks;

/// <summary>
/// An .ipynb file (nbformat 4) as JSON: its cells' sources in, outputs and execution counts out. Everything else in
/// the file (metadata, markdown, attachments) is written back exactly as read.
/// </summary>
internal sealed class NotebookFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private NotebookFile(string path, JsonObject root, JsonArray cells)
    {
        Path = path;
        Root = root;
        Cells = cells;
    }

    public string Path { get; }

    public JsonObject Root { get; }

    public JsonArray Cells { get; }

    /// <summary>Reads a notebook; a file that is not an nbformat 4 notebook is a problem with the input (message, no exception).</summary>
    public static NotebookFile? Read(string path, out string? problem)
    {
        problem = null;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            problem = $"{path}: not a notebook (invalid JSON: {ex.Message})";
            return null;
        }

        if (node is not JsonObject root || root["cells"] is not JsonArray cells)
        {
            problem = $"{path}: not a notebook (no \"cells\" array)";
            return null;
        }

        if (root["nbformat"]?.GetValueKind() != JsonValueKind.Number || root["nbformat"]!.GetValue<int>() != 4)
        {
            problem = $"{path}: nbformat 4 is required";
            return null;
        }

        return new NotebookFile(path, root, cells);
    }

    /// <summary>The cell's type (<c>code</c>, <c>markdown</c>, <c>raw</c>).</summary>
    public static string TypeOf(JsonNode cell) => cell["cell_type"]?.GetValue<string>() ?? "raw";

    /// <summary>The cell's source (a string or a list of lines in the file).</summary>
    public static string SourceOf(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        JsonValue text => text.GetValue<string>(),
        _ => string.Empty,
    };

    /// <summary>The kernel a code cell asks for in its Polyglot metadata (C# when it names none).</summary>
    public static string KernelOf(JsonNode cell) =>
        cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
        ?? cell["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>()
        ?? "csharp";

    public void Write(string path) => File.WriteAllText(path, Root.ToJsonString(Indented) + "\n");
}
