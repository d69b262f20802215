using EcoAnalytics.Evaluation;

namespace EcoAnalytics.WhatIf;

/// <summary>How a rule's result moves from the baseline setting (A) to the alternative (B).</summary>
public enum ThresholdChange
{
    /// <summary>Same status and same threshold under both settings (also: not part of either threshold set).</summary>
    Unchanged,

    /// <summary>NotMet under A, Met under B.</summary>
    FlippedToMet,

    /// <summary>Met under A, NotMet under B.</summary>
    FlippedToNotMet,

    /// <summary>The same status under both, against a different threshold.</summary>
    ThresholdChanged,

    /// <summary>Not part of A's threshold set (NotInSet), part of B's.</summary>
    EnteredSet,

    /// <summary>Part of A's threshold set, not part of B's (NotInSet).</summary>
    LeftSet,

    /// <summary>Another change of status, e.g. to or from NoData or Error (an override not on a status scale).</summary>
    StatusChanged,
}

/// <summary>One rule's result under one threshold setting.</summary>
/// <param name="Setting">The setting's name: the threshold set, with any overrides (e.g. <c>standard</c>, <c>target + D11=41</c>).</param>
/// <param name="Threshold">The threshold compared against; null when there is none (NotInSet, composites, missing inputs).</param>
/// <param name="ThresholdSet">The threshold set the rule's threshold comes from.</param>
/// <param name="Status">The compliance status.</param>
/// <param name="Gap">Signed distance to the threshold, positive = better than required; null when not computed.</param>
/// <param name="ProbabilityMet">P(met by the deadline) from the outlook (0 or 1 once the deadline has passed); null without one.</param>
public sealed record ComparisonSide(string Setting, double? Threshold, string ThresholdSet, ComplianceStatus Status, double? Gap, double? ProbabilityMet);

/// <summary>
/// One county × rule × indicator under two threshold settings: the value compared, the result under the baseline
/// (<see cref="A"/>) and the alternative (<see cref="B"/>), and how it changes.
/// </summary>
/// <param name="County">County id.</param>
/// <param name="Programme">The programme's name (the <c>workflow</c> column).</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Indicator">Indicator code (each indicator of a multi-indicator rule has its own row).</param>
/// <param name="Year">The evaluated year (the rule's deadline, or the latest year with data).</param>
/// <param name="Value">The value compared (the same under both settings); null when missing.</param>
/// <param name="Comparator">The comparator symbol, or empty for composites.</param>
/// <param name="Deadline">The deadline P(met) refers to; null when none.</param>
/// <param name="A">The result under the baseline setting.</param>
/// <param name="B">The result under the alternative setting.</param>
/// <param name="Change">How the result moves from A to B.</param>
/// <param name="Message">What changed, naming both settings; starts with <c>[synthetic data]</c> when a value is generated.</param>
public sealed record ComparisonRow(
    string County,
    string Programme,
    string Rule,
    string Indicator,
    int Year,
    double? Value,
    string Comparator,
    int? Deadline,
    ComparisonSide A,
    ComparisonSide B,
    ThresholdChange Change,
    string Message)
{
    /// <summary>True when any value behind either side is synthetic (generated, not observed).</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>True when the rule flips, enters or leaves the set, changes status or is compared against a new threshold.</summary>
    public bool Changed => Change != ThresholdChange.Unchanged;
}
