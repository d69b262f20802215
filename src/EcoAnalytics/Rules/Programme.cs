namespace EcoAnalytics.Rules;

/// <summary>
/// A programme's indicator table as a workflow: what it is, which threshold sets it has, and its rules.
/// Read from one JSON file in <c>rules/</c> by <see cref="ProgrammeReader"/>.
/// </summary>
public sealed record Programme
{
    /// <summary>
    /// The programme's name, e.g. <c>dengfeng-provincial-2023</c>: the rule file's <c>WorkflowName</c> (RulesEngine's
    /// word for a rule set), shown in outputs' <c>workflow</c> column.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The county the programme belongs to.</summary>
    public required string County { get; init; }

    /// <summary>Title of the source document.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Seed document file name.</summary>
    public string Document { get; init; } = string.Empty;

    /// <summary>Document number, e.g. 登政文〔2023〕44号.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>Issue date as printed.</summary>
    public string Issued { get; init; } = string.Empty;

    /// <summary>Threshold set name → what the source calls it.</summary>
    public required IReadOnlyDictionary<string, string> ThresholdSets { get; init; }

    /// <summary>The threshold set used when none is asked for.</summary>
    public required string DefaultThresholdSet { get; init; }

    /// <summary>
    /// Declared inheritance between threshold sets: set → the set whose threshold a rule uses when it gives none in
    /// the first (<c>"inherits": {"standard": "target"}</c>). Without a declaration a rule that gives no threshold in
    /// the chosen set is not part of that set; sets never fall back to each other silently.
    /// </summary>
    public IReadOnlyDictionary<string, string> Inherits { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Editorial note on the whole programme.</summary>
    public string? Note { get; init; }

    /// <summary>Top-level rules in file order.</summary>
    public required IReadOnlyList<ProgrammeRule> Rules { get; init; }

    /// <summary>The file it was read from.</summary>
    public string? File { get; init; }

    /// <summary>Every rule, components after their composite, in file order.</summary>
    public IEnumerable<ProgrammeRule> AllRules => Rules.SelectMany(r => r.Components.Prepend(r));
}
