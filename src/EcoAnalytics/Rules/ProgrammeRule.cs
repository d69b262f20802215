namespace EcoAnalytics.Rules;

/// <summary>What kind of requirement a rule states (see <c>rules/README.md</c>).</summary>
public enum Requirement
{
    /// <summary>A numeric threshold (≥ 44 %, &gt; 90 %, 100 %).</summary>
    Threshold,

    /// <summary>A threshold that depends on the county's terrain class (山区 / 丘陵区 / 平原区).</summary>
    Terrain,

    /// <summary>Not below a baseline year's value (不减少, 不降低).</summary>
    NotDecreasing,

    /// <summary>A favourable trend over recent years (稳定提高, 持续改善).</summary>
    Improving,

    /// <summary>A count that must be zero (消除).</summary>
    Eliminated,

    /// <summary>A status milestone (制定实施, 建立, 全面实施, 有效开展, 获得).</summary>
    Status,

    /// <summary>A target assigned by the upper level (完成上级规定的目标任务).</summary>
    Assigned,

    /// <summary>
    /// A target on the size of the year-on-year change (提高幅度, 下降幅度…达到上级下达的目标要求): the change of the
    /// rule's level indicator against the change the upper level assigns under <see cref="ProgrammeRule.AssignedIndicator"/>.
    /// </summary>
    AssignedChange,

    /// <summary>One requirement over several indicators (e.g. the national grade-II air standard: PM2.5 and PM10).</summary>
    Combined,

    /// <summary>A composite indicator met when all its component rules are met.</summary>
    All,
}

/// <summary>Where a rule comes from: a line of a seed document.</summary>
/// <param name="Document">Seed file name, e.g. <c>002_4c30fee7318a330e.txt</c>.</param>
/// <param name="Line">1-based line in the document.</param>
/// <param name="Item">Section or table row, e.g. <c>附件 序号11</c>.</param>
/// <param name="Quote">The words the thresholds come from.</param>
public sealed record RuleSource(string Document, int Line, string Item, string Quote)
{
    /// <summary><c>002_4c30fee7318a330e.txt:282 (附件 序号11)</c>.</summary>
    public override string ToString() => $"{Document}:{Line} ({Item})";
}

/// <summary>
/// One indicator requirement of a programme, as read from a rule file: the expression, the thresholds as
/// parameters, the deadline and where it comes from. Immutable; thresholds are overridden at evaluation time.
/// </summary>
public sealed record ProgrammeRule
{
    /// <summary>Unique name within the workflow.</summary>
    public required string Name { get; init; }

    /// <summary>The boolean expression over <c>x</c> (<see cref="RuleInput"/>); <c>null</c> for composites.</summary>
    public string? Expression { get; init; }

    /// <summary>The kind of requirement.</summary>
    public required Requirement Requirement { get; init; }

    /// <summary>The indicator codes the rule reads; the first is <see cref="Indicator"/>.</summary>
    public required IReadOnlyList<string> Indicators { get; init; }

    /// <summary>The primary indicator code.</summary>
    public string Indicator => Indicators.Count > 0 ? Indicators[0] : string.Empty;

    /// <summary>
    /// The catalog code the upper level's target is assigned under, when it is not <see cref="Indicator"/>: for
    /// <see cref="Requirement.AssignedChange"/> the change-size indicator (e.g. <c>good_air_ratio_increase</c>), so that an
    /// assigned change is never read as an assigned level. <c>null</c>: <see cref="Indicator"/>.
    /// </summary>
    public string? AssignedIndicator { get; init; }

    /// <summary>The comparison the expression makes (for gaps and display); <c>null</c> for composites.</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>Threshold set name → threshold.</summary>
    public IReadOnlyDictionary<string, ThresholdSpec> Thresholds { get; init; } = new Dictionary<string, ThresholdSpec>();

    /// <summary>Baseline year for <see cref="Requirement.NotDecreasing"/>; <c>null</c> with <see cref="BaselineIsPrevious"/> means the year before.</summary>
    public int? BaselineYear { get; init; }

    /// <summary>True when the baseline is the previous year.</summary>
    public bool BaselineIsPrevious { get; init; }

    /// <summary>Trend window in years (ending at the evaluated year).</summary>
    public int Window { get; init; } = 3;

    /// <summary>Minimum observations in the window for a slope.</summary>
    public int MinPoints { get; init; } = 3;

    /// <summary>Year by which the requirement must hold, when the source gives one.</summary>
    public int? Deadline { get; init; }

    /// <summary>约束性 or 参考性, when known.</summary>
    public string? Binding { get; init; }

    /// <summary>牵头单位 as printed.</summary>
    public string? Lead { get; init; }

    /// <summary>责任单位 as printed.</summary>
    public string? Responsible { get; init; }

    /// <summary>The seed line the rule comes from.</summary>
    public required RuleSource Source { get; init; }

    /// <summary>Editorial note (interpretations, other lines saying the same).</summary>
    public string? Note { get; init; }

    /// <summary>False to keep the rule in the file but out of results.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Component rules of an <see cref="Requirement.All"/> composite.</summary>
    public IReadOnlyList<ProgrammeRule> Components { get; init; } = [];

    /// <summary>1-based line of the rule in its file.</summary>
    public int Line { get; init; }

    /// <summary>Why the rule cannot be evaluated (invalid properties), or <c>null</c>. Such a rule yields Error rows.</summary>
    public string? LoadError { get; init; }
}
