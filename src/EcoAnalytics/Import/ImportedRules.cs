using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcoAnalytics.Import;

/// <summary>
/// A rule file made by <see cref="RuleImporter"/>: a RulesEngine workflow with the <c>Programme</c> block, in the format of
/// <c>rules/README.md</c>. Read it with <c>ProgrammeReader.Parse(ToJson(), file)</c> to evaluate it.
/// </summary>
public sealed class ImportedRules
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal ImportedRules(JsonObject document, int ruleCount)
    {
        Document = document;
        RuleCount = ruleCount;
    }

    /// <summary>The workflow (a copy is made by <see cref="ToJson"/>; edit this one before writing if needed).</summary>
    public JsonObject Document { get; }

    /// <summary>How many top-level rules the tables gave.</summary>
    public int RuleCount { get; }

    /// <summary>The workflow name.</summary>
    public string WorkflowName => (string?)Document["WorkflowName"] ?? string.Empty;

    /// <summary>The rule file text (indented, Chinese kept readable).</summary>
    public string ToJson() => Document.ToJsonString(Indented) + "\n";
}
