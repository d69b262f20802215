using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Rules;

/// <summary>
/// Reads a rule file (a RulesEngine workflow plus our <c>Programme</c> block) into a <see cref="Programme"/>.
/// Structural problems are diagnostics naming the file, line and rule; a rule with bad properties is kept with
/// a <see cref="ProgrammeRule.LoadError"/> so that it reports Error rows while the other rules still run.
/// </summary>
public static partial class ProgrammeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads <paramref name="path"/>. The value is <c>null</c> when the file is not a usable workflow at all.</summary>
    public static LoadResult<Programme?> Read(string path)
    {
        if (Directory.Exists(path))
        {
            return new LoadResult<Programme?>(null, [new Diagnostic(Severity.Error, DiagnosticCodes.FileNotFound, $"'{path}' is a folder, not a rule file: name the .json files inside it", path)]);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadResult<Programme?>(null, [new Diagnostic(Severity.Error, DiagnosticCodes.FileNotFound, $"cannot read the rule file: {ex.Message}", path)]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses rule-file text; <paramref name="file"/> names it in diagnostics.</summary>
    public static LoadResult<Programme?> Parse(string text, string file)
    {
        var diagnostics = new List<Diagnostic>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, DocumentOptions);
        }
        catch (JsonException ex)
        {
            diagnostics.Add(string.IsNullOrWhiteSpace(text)
                ? new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "the file is empty: a rule file is a RulesEngine workflow (a JSON object with \"WorkflowName\" and \"Rules\")", file, 1)
                : new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, $"not valid JSON: {PlainJsonMessage(ex)}", file, (int?)ex.LineNumber + 1, (int?)ex.BytePositionInLine + 1));
            return new LoadResult<Programme?>(null, diagnostics);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "WorkflowName") is not { Length: > 0 } workflowName)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "not a RulesEngine workflow: expected an object with a non-empty \"WorkflowName\" (names are case-sensitive, PascalCase)", file, 1));
                return new LoadResult<Programme?>(null, diagnostics);
            }

            var lines = new LineIndex(text);
            var programme = ReadProgramme(root, workflowName, file, diagnostics);
            var rules = new List<ProgrammeRule>();
            if (!root.TryGetProperty("Rules", out var rulesElement) || rulesElement.ValueKind != JsonValueKind.Array || rulesElement.GetArrayLength() == 0)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "the workflow has no \"Rules\"", file, 1));
            }
            else
            {
                var context = new RuleContext(file, lines, diagnostics, programme.DefaultThresholdSet);
                foreach (var element in rulesElement.EnumerateArray())
                {
                    rules.Add(ReadRule(element, context, parent: null));
                }
            }

            foreach (var feature in new[] { "WorkflowsToInject", "WorkflowRulesToInject", "GlobalParams" })
            {
                if (root.TryGetProperty(feature, out _))
                {
                    diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnsupportedFeature, $"\"{feature}\" is not allowed in programme files (see rules/README.md)", file, lines.Find($"\"{feature}\"")));
                }
            }

            return new LoadResult<Programme?>(programme with { Rules = rules, File = file }, diagnostics);
        }
    }

    /// <summary>
    /// System.Text.Json's message without its parser jargon and its own 0-based position (the diagnostic carries the
    /// 1-based line and column): "'}' is invalid after a property name. Expected a ':'." stays, "LineNumber: 2 |
    /// BytePositionInLine: 0." and "when isFinalBlock is true" go.
    /// </summary>
    internal static string PlainJsonMessage(JsonException ex)
    {
        var message = ex.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = position >= 0 ? message[..position] : message;
        message = message.Replace(", when isFinalBlock is true", string.Empty, StringComparison.Ordinal)
            .Replace(" when isFinalBlock is true", string.Empty, StringComparison.Ordinal);
        return message.Contains("open JSON object or array", StringComparison.Ordinal)
            ? "the file ends inside an object or array (a missing '}' or ']')"
            : message.Trim();
    }

    private static Programme ReadProgramme(JsonElement root, string workflowName, string file, List<Diagnostic> diagnostics)
    {
        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        string county = string.Empty, defaultSet = string.Empty;
        if (!root.TryGetProperty("Programme", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "missing the \"Programme\" block (county, document, thresholdSets, defaultThresholdSet)", file, 1));
            return new Programme { Name = workflowName, County = county, ThresholdSets = sets, DefaultThresholdSet = "target", Rules = [] };
        }

        county = Str(p, "county") ?? string.Empty;
        if (county.Length == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "\"Programme.county\" is missing", file, 1));
        }

        if (p.TryGetProperty("thresholdSets", out var setsElement) && setsElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var set in setsElement.EnumerateObject())
            {
                sets[set.Name] = set.Value.ValueKind == JsonValueKind.String ? set.Value.GetString()! : set.Value.ToString();
            }
        }

        defaultSet = Str(p, "defaultThresholdSet") ?? sets.Keys.FirstOrDefault() ?? "target";
        if (sets.Count == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "\"Programme.thresholdSets\" must name at least one threshold set", file, 1));
            sets[defaultSet] = defaultSet;
        }
        else if (!sets.ContainsKey(defaultSet))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnknownThresholdSet, $"\"defaultThresholdSet\" '{defaultSet}' is not one of the thresholdSets ({string.Join(", ", sets.Keys)})", file, 1));
        }

        var inherits = ReadInherits(p, sets, file, diagnostics);
        return new Programme
        {
            Name = workflowName,
            County = county,
            Title = Str(p, "title") ?? string.Empty,
            Document = Str(p, "document") ?? string.Empty,
            Reference = Str(p, "reference") ?? string.Empty,
            Issued = Str(p, "issued") ?? string.Empty,
            Note = Str(p, "note"),
            ThresholdSets = sets,
            DefaultThresholdSet = defaultSet,
            Inherits = inherits,
            Rules = [],
        };
    }

    private static Dictionary<string, string> ReadInherits(JsonElement p, Dictionary<string, string> sets, string file, List<Diagnostic> diagnostics)
    {
        var inherits = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!p.TryGetProperty("inherits", out var element) || element.ValueKind is JsonValueKind.Null)
        {
            return inherits;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, "\"Programme.inherits\" must be an object: set → the set it inherits from", file, 1));
            return inherits;
        }

        foreach (var pair in element.EnumerateObject())
        {
            var parent = pair.Value.ValueKind == JsonValueKind.String ? pair.Value.GetString()! : string.Empty;
            var unknown = new[] { pair.Name, parent }.Where(s => !sets.ContainsKey(s)).ToList();
            if (unknown.Count > 0 || parent == pair.Name)
            {
                var why = unknown.Count > 0 ? $"'{string.Join("', '", unknown)}' is not one of the thresholdSets ({string.Join(", ", sets.Keys)})" : "a set cannot inherit from itself";
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnknownThresholdSet, $"\"Programme.inherits\" {pair.Name} → {parent}: {why}", file, 1));
                continue;
            }

            inherits[pair.Name] = parent;
        }

        return inherits;
    }

    private sealed record RuleContext(string File, LineIndex Lines, List<Diagnostic> Diagnostics, string DefaultSet);

    private static ProgrammeRule ReadRule(JsonElement element, RuleContext context, string? parent)
    {
        var name = Str(element, "RuleName") ?? string.Empty;
        var line = name.Length > 0 ? context.Lines.FindRule(name) : context.Lines.Find("\"RuleName\"");
        var problems = new List<string>();
        void Problem(string code, string message)
        {
            problems.Add(message);
            context.Diagnostics.Add(new Diagnostic(Severity.Error, code, message, context.File, line) { Rule = name.Length > 0 ? name : null });
        }

        if (name.Length == 0)
        {
            Problem(DiagnosticCodes.InvalidWorkflow, $"a rule{(parent is null ? string.Empty : $" inside '{parent}'")} has no \"RuleName\"");
        }

        foreach (var feature in new[] { "Actions", "LocalParams", "WorkflowsToInject" })
        {
            if (element.TryGetProperty(feature, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                Problem(DiagnosticCodes.UnsupportedFeature, $"\"{feature}\" is not allowed in programme rules (see rules/README.md)");
            }
        }

        if (Str(element, "ErrorMessage") is { } message && message.Contains("$(", StringComparison.Ordinal))
        {
            Problem(DiagnosticCodes.UnsupportedFeature, "\"ErrorMessage\" templates $(…) are not allowed: they cost ~20× per evaluation; messages are built by EcoAnalytics");
        }

        var enabled = !element.TryGetProperty("Enabled", out var enabledElement) || enabledElement.ValueKind != JsonValueKind.False;
        var expression = Str(element, "Expression");
        var properties = element.TryGetProperty("Properties", out var props) && props.ValueKind == JsonValueKind.Object ? props : default;
        if (properties.ValueKind != JsonValueKind.Object)
        {
            Problem(DiagnosticCodes.InvalidRuleProperties, "the rule has no \"Properties\" (indicator, requirement, comparator, thresholds, source)");
        }

        var rule = RulePropertiesReader.Read(name, expression, properties, Problem);
        var components = new List<ProgrammeRule>();
        if (element.TryGetProperty("Rules", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                components.Add(ReadRule(child, context, name));
            }
        }

        if (rule.Requirement == Requirement.All)
        {
            if (components.Count == 0)
            {
                Problem(DiagnosticCodes.InvalidRuleProperties, "an 'all' rule needs nested \"Rules\" (one per component) and \"Operator\": \"And\"");
            }

            if (!string.Equals(Str(element, "Operator"), "And", StringComparison.OrdinalIgnoreCase) && !string.Equals(Str(element, "Operator"), "AndAlso", StringComparison.OrdinalIgnoreCase))
            {
                Problem(DiagnosticCodes.InvalidRuleProperties, "an 'all' rule needs \"Operator\": \"And\"");
            }
        }
        else if (string.IsNullOrWhiteSpace(expression))
        {
            Problem(DiagnosticCodes.InvalidExpression, "the rule has no \"Expression\"");
        }

        return rule with
        {
            Enabled = enabled,
            Components = components,
            Line = line ?? 0,
            LoadError = problems.Count == 0 ? null : string.Join("; ", problems),
        };
    }

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Finds the line numbers of rules and keys in the raw text (System.Text.Json does not keep them).</summary>
    private sealed partial class LineIndex(string text)
    {
        public int? FindRule(string name)
        {
            var match = Regex.Match(text, "\"RuleName\"\\s*:\\s*\"" + Regex.Escape(name) + "\"");
            return match.Success ? LineAt(match.Index) : null;
        }

        public int? Find(string token)
        {
            var index = text.IndexOf(token, StringComparison.Ordinal);
            return index < 0 ? null : LineAt(index);
        }

        private int LineAt(int index) => text.AsSpan(0, index).Count('\n') + 1;
    }

    internal static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
