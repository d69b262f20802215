using EcoAnalytics.Evaluation;

namespace EcoAnalytics.WhatIf;

/// <summary>One county × rule at one swept threshold: the value now, whether it meets the threshold now, and P(met by the deadline).</summary>
/// <param name="County">County id.</param>
/// <param name="Programme">The programme's name (the <c>workflow</c> column).</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Indicator">Indicator code (the swept one for multi-indicator rules).</param>
/// <param name="Code">What was swept: the rule name or indicator code given.</param>
/// <param name="Threshold">The threshold tried.</param>
/// <param name="Comparator">The rule's comparator symbol.</param>
/// <param name="ThresholdSet">The threshold set the rest of the rule's thresholds come from.</param>
/// <param name="Year">The year judged "now": the latest year with data for the rule's indicators.</param>
/// <param name="Value">The value in that year; null when missing.</param>
/// <param name="Status">The compliance status in that year with the threshold tried (NoData, NotInSet, Error are kept).</param>
/// <param name="Deadline">The deadline P(met) refers to; null when none.</param>
/// <param name="ProbabilityMet">P(met by the deadline) with the threshold tried, as <c>eco forecast --set CODE=t</c> gives it; null when not projected.</param>
/// <param name="Message">The evaluation's explanation; starts with <c>[synthetic data]</c> when a value is generated.</param>
public sealed record SweepRow(
    string County,
    string Programme,
    string Rule,
    string Indicator,
    string Code,
    double Threshold,
    string Comparator,
    string ThresholdSet,
    int Year,
    double? Value,
    ComplianceStatus Status,
    int? Deadline,
    double? ProbabilityMet,
    string Message)
{
    /// <summary>True when any value behind the row is synthetic.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>Met now: true when Met, false when NotMet, null otherwise (NoData, NotInSet, Error).</summary>
    public bool? MeetsNow => Status switch
    {
        ComplianceStatus.Met => true,
        ComplianceStatus.NotMet => false,
        _ => null,
    };
}

/// <summary>The rows of one threshold sweep over one programme (a DataFrame view is in <c>EcoAnalytics.Frames</c>).</summary>
public sealed class SweepTable : IReadOnlyList<SweepRow>
{
    /// <summary>The columns of the DataFrame, CSV and JSON output, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "county", "workflow", "rule", "indicator", "sweep", "threshold", "comparator", "threshold_set", "year", "value",
        "status", "meets_now", "deadline", "p_met", "message", "synthetic",
    ];

    private readonly IReadOnlyList<SweepRow> _rows;

    internal SweepTable(string programme, ThresholdRange range, IReadOnlyList<string> swept, IReadOnlyList<string> notes, IReadOnlyList<SweepRow> rows)
    {
        Programme = programme;
        Range = range;
        Swept = swept;
        Notes = notes;
        _rows = rows;
    }

    /// <summary>The programme's name.</summary>
    public string Programme { get; }

    /// <summary>The thresholds swept and for what.</summary>
    public ThresholdRange Range { get; }

    /// <summary>The rules swept (by name).</summary>
    public IReadOnlyList<string> Swept { get; }

    /// <summary>What the sweep left out and why (rules that compare against a baseline, a trend or an assigned target; overrides replaced).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <inheritdoc/>
    public int Count => _rows.Count;

    /// <inheritdoc/>
    public SweepRow this[int index] => _rows[index];

    /// <inheritdoc/>
    public IEnumerator<SweepRow> GetEnumerator() => _rows.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The row as the values of <see cref="Columns"/>, in order: numbers as <see cref="int"/> or <see cref="double"/>
    /// (null when absent), the status by name, <c>meets_now</c> and <c>synthetic</c> as <see cref="bool"/> (meets_now null when not judged).
    /// </summary>
    /// <param name="row">The row.</param>
    public static object?[] Cells(SweepRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.County, row.Programme, row.Rule, row.Indicator, row.Code, row.Threshold, row.Comparator, row.ThresholdSet, row.Year, row.Value,
            row.Status.ToString(), row.MeetsNow, row.Deadline, row.ProbabilityMet, row.Message, row.IsSynthetic,
        ];
    }
}
