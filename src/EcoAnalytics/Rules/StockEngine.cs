using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Models;

namespace EcoAnalytics.Rules;

/// <summary>
/// The adapter to stock Microsoft RulesEngine: loads a rule file exactly as RulesEngine would (System.Text.Json
/// into <see cref="Workflow"/>), under <see cref="RuleSandbox.Settings"/>. Used to prove that every programme
/// file is a valid RulesEngine workflow, and by tests that compare our evaluation with the stock engine's.
/// </summary>
internal static class StockEngine
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Deserializes a rule file's text into a RulesEngine workflow.</summary>
    /// <exception cref="JsonException">The text is not a workflow.</exception>
    public static Workflow Deserialize(string json) =>
        JsonSerializer.Deserialize<Workflow>(json, Options) ?? throw new JsonException("the file holds no workflow");

    /// <summary>A stock engine over <paramref name="workflows"/> with our sandbox settings.</summary>
    public static RulesEngine.RulesEngine Create(params Workflow[] workflows) => new(workflows, RuleSandbox.Settings());

    /// <summary>
    /// Runs every rule of <paramref name="workflow"/> once in the stock engine on <paramref name="input"/> and returns
    /// the rules whose expressions the engine could not parse or run, with its message.
    /// </summary>
    public static async Task<IReadOnlyList<(string Rule, string Message)>> FindFailuresAsync(Workflow workflow, RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var engine = Create(workflow);
        var results = await engine.ExecuteAllRulesAsync(workflow.WorkflowName, [new RuleParameter(RuleInput.ParameterName, input)]).ConfigureAwait(false);
        var failures = new List<(string, string)>();
        foreach (var result in Flatten(results))
        {
            if (result.ExceptionMessage is { Length: > 0 } message && message.StartsWith("Exception while parsing expression", StringComparison.Ordinal))
            {
                failures.Add((result.Rule.RuleName, message));
            }
        }

        return failures;
    }

    private static IEnumerable<RuleResultTree> Flatten(IEnumerable<RuleResultTree> results) =>
        results.SelectMany(r => Flatten(r.ChildResults ?? []).Prepend(r));
}
