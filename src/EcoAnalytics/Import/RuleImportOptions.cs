namespace EcoAnalytics.Import;

/// <summary>What <see cref="RuleImporter"/> cannot read from the table itself.</summary>
public sealed record RuleImportOptions
{
    /// <summary>The workflow name (<c>WorkflowName</c>); default: the file name without extension.</summary>
    public string? Name { get; init; }

    /// <summary>The county id (<c>Programme.county</c>); default empty, which <c>eco rules lint</c> reports.</summary>
    public string County { get; init; } = string.Empty;

    /// <summary>The prefix of rule names, before the table's 序号 (<c>R</c> → <c>R07_forest_grass_coverage</c>).</summary>
    public string Prefix { get; init; } = "R";

    /// <summary>The document named in each rule's <c>source.document</c>; default: the file name.</summary>
    public string? Document { get; init; }
}
