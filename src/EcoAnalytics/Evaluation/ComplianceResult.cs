namespace EcoAnalytics.Evaluation;

/// <summary>The outcome of one rule for one county and year.</summary>
public enum ComplianceStatus : byte
{
    /// <summary>The requirement holds.</summary>
    Met,

    /// <summary>The requirement does not hold.</summary>
    NotMet,

    /// <summary>The data the rule needs is missing; the rule was not evaluated. Never a silent NotMet.</summary>
    NoData,

    /// <summary>The rule could not be evaluated (invalid rule, missing terrain threshold, runtime failure).</summary>
    Error,

    /// <summary>
    /// The rule is not part of the threshold set asked for: it gives no threshold there and the programme declares
    /// no inheritance (<c>Programme.inherits</c>) that supplies one. Counted apart from NoData and Error.
    /// </summary>
    NotInSet,
}

/// <summary>
/// One row of a compliance table. <see cref="Gap"/> is the signed distance to the threshold in the indicator's
/// unit: positive means better than required.
/// </summary>
/// <param name="County">County id.</param>
/// <param name="Year">Evaluated year.</param>
/// <param name="Programme">The programme's name (<see cref="Rules.Programme.Name"/>; the <c>workflow</c> column of outputs).</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Indicator">Indicator code (the first one for multi-indicator rules).</param>
/// <param name="Value">The value compared: the indicator value, or the trend slope per year for <c>improving</c> rules; <c>null</c> when missing or not a single number.</param>
/// <param name="Threshold">The threshold compared against (resolved set, terrain, baseline or assigned target).</param>
/// <param name="ThresholdSet">The threshold set actually used.</param>
/// <param name="Comparator">The comparator symbol (<c>&gt;=</c>, …), or empty for composites.</param>
/// <param name="Status">Met, NotMet, NoData, Error or NotInSet.</param>
/// <param name="Gap">Signed distance to the threshold, positive = better than required.</param>
/// <param name="Message">Explanation, naming missing inputs, errors and synthetic data.</param>
public sealed record ComplianceResult(
    string County,
    int Year,
    string Programme,
    string Rule,
    string Indicator,
    double? Value,
    double? Threshold,
    string ThresholdSet,
    string Comparator,
    ComplianceStatus Status,
    double? Gap,
    string Message)
{
    /// <summary>True when any value the rule read is synthetic (generated, not observed).</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>Source of the primary value, when there is one.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// For a status rule, the observed label as printed in the data (编制, Ⅱ类, 完成), which <see cref="Value"/> places on
    /// the indicator's ordinal scale; null for numeric rules.
    /// </summary>
    public string? ValueLabel { get; init; }

    /// <summary>
    /// For a status rule, the required label: the rule's own in the threshold set used (制定实施), the label assigned by the
    /// upper level, or the baseline's label; null for numeric rules.
    /// </summary>
    public string? ThresholdLabel { get; init; }
}
