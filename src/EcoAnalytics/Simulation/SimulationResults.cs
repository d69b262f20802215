using EcoAnalytics.Catalog;
using EcoAnalytics.Outlook;

namespace EcoAnalytics.Simulation;

/// <summary>What a rule's probability rests on.</summary>
public enum OutcomeBasis
{
    /// <summary>Projected to the deadline from the calibrated predictive distribution of the fitted trend.</summary>
    Projected,

    /// <summary>The deadline has passed: the observed value decides (probability 0 or 1; scenarios cannot change it).</summary>
    Observed,

    /// <summary>A status milestone: its present evaluation decides (0 or 1); one ladder step is its typical change.</summary>
    Status,

    /// <summary>Left out of the joint probabilities: no data, no target, not part of the threshold set, or not projectable (the note says which).</summary>
    Excluded,
}

/// <summary>
/// One rule (one indicator of a multi-indicator rule) for one county under one scenario: the probability it is met by
/// its deadline, in closed form and as simulated, and its leverage on the joint probabilities.
/// </summary>
/// <param name="Scenario">The scenario's name (<see cref="Scenario.BaselineName"/> for the fitted trend).</param>
/// <param name="County">County id.</param>
/// <param name="Programme">The programme's name.</param>
/// <param name="Rule">Rule name.</param>
/// <param name="Indicator">Indicator code.</param>
/// <param name="Binding">Whether the rule counts toward the binding joint probability.</param>
/// <param name="Basis">What the probability rests on.</param>
/// <param name="Goal">Target, deadline and direction (for 稳定提高 rules the target is the latest value, strictly to be bettered).</param>
/// <param name="Latest">The latest observation.</param>
/// <param name="Shift">The scenario's change to the value in the deadline year, in the indicator's unit (0 for the baseline).</param>
/// <param name="Probability">P(met by the deadline): closed form for projected rules (exact), 0 or 1 for observed and status rules; null when excluded.</param>
/// <param name="Simulated">The same probability as the share of Monte-Carlo paths that meet it; null when excluded.</param>
/// <param name="StandardError">The Monte-Carlo standard error of <paramref name="Simulated"/>, √(p(1 − p)/paths).</param>
/// <param name="TypicalChange">One typical annual change: the mean absolute change per year of the series (one ladder step for status rules).</param>
/// <param name="LeverageBinding">How much the binding joint probability rises if this rule alone improves by <paramref name="TypicalChange"/> (0 when not binding).</param>
/// <param name="LeverageAll">How much the all-rules joint probability rises under the same improvement.</param>
/// <param name="Note">What was done, and why fields are empty; starts with <c>[synthetic data]</c> when any value read is generated.</param>
public sealed record SimulatedRule(
    string Scenario,
    string County,
    string Programme,
    string Rule,
    string Indicator,
    bool Binding,
    OutcomeBasis Basis,
    ForecastGoal Goal,
    YearValue? Latest,
    double Shift,
    double? Probability,
    double? Simulated,
    double? StandardError,
    double? TypicalChange,
    double? LeverageBinding,
    double? LeverageAll,
    string Note)
{
    /// <summary>True when any value behind the row is synthetic.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>For a status milestone: the required label with its comparator (e.g. <c>≥ 建立</c>); null otherwise.</summary>
    public string? TargetLabel { get; init; }

    /// <summary>For a status milestone: the present label (e.g. <c>启动</c>); null otherwise.</summary>
    public string? LatestLabel { get; init; }

    /// <summary>The fitted trend a projected row rests on (calibrated as the outlook's); null unless <see cref="Basis"/> is Projected.</summary>
    public Forecasting.Models.TrendFit? Fit { get; init; }
}

/// <summary>Which joint probability a <see cref="JointOutcome"/> row gives.</summary>
public enum JointMeasure
{
    /// <summary>Every binding rule met by its deadline (csv <c>joint_all_binding</c>).</summary>
    AllBinding,

    /// <summary>Every rule met by its deadline (csv <c>joint_all</c>).</summary>
    All,
}

/// <summary>
/// The probability that every binding rule (or every rule) of a programme is met by its deadline, for one county and
/// scenario, with the rules most likely to fail. Excluded rules (no data, not in the threshold set, …) are not part of
/// it; <see cref="Excluded"/> counts them.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="County">County id.</param>
/// <param name="Programme">The programme's name.</param>
/// <param name="Measure">All binding rules, or all rules.</param>
/// <param name="Probability">The joint probability: the exact product of the rules' probabilities when every pair is independent (see <paramref name="Method"/>), else the Monte-Carlo estimate.</param>
/// <param name="Simulated">The Monte-Carlo estimate (share of paths on which every rule is met).</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="Independent">The product of the rules' probabilities: the joint probability if they were independent.</param>
/// <param name="Method"><c>closed form (independence)</c> or <c>monte carlo (correlated)</c>.</param>
/// <param name="Rules">How many rules it covers.</param>
/// <param name="Excluded">How many rules of the programme are left out (no data, no target, not in the set, not projectable).</param>
/// <param name="MostLikelyToFail">Up to three rules with the lowest probabilities (below 1).</param>
/// <param name="Dependence">How dependence was treated in this county, in words.</param>
/// <param name="Note">Why the probability is what it is (e.g. which rules fail now and are not projected; how binding was decided).</param>
public sealed record JointOutcome(
    string Scenario,
    string County,
    string Programme,
    JointMeasure Measure,
    double Probability,
    double Simulated,
    double StandardError,
    double Independent,
    string Method,
    int Rules,
    int Excluded,
    IReadOnlyList<string> MostLikelyToFail,
    string Dependence,
    string Note)
{
    /// <summary>True when any rule behind it read synthetic values.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>The measure's name in outputs: <c>joint_all_binding</c> or <c>joint_all</c>.</summary>
    public string MeasureName => Measure == JointMeasure.AllBinding ? "joint_all_binding" : "joint_all";
}

/// <summary>How dependence between one county's indicators was treated.</summary>
/// <param name="County">County id.</param>
/// <param name="Series">Projected series in the county.</param>
/// <param name="PairsEstimated">Pairs whose correlation was estimated and kept (non-zero after shrinkage).</param>
/// <param name="PairsWithData">Pairs with enough overlapping observed years to estimate.</param>
/// <param name="Description">The sentence the outputs show.</param>
public sealed record DependenceSummary(string County, int Series, int PairsEstimated, int PairsWithData, string Description)
{
    /// <summary>True when every pair is treated as independent.</summary>
    public bool IsIndependent => PairsEstimated == 0;
}

/// <summary>A simulation: the rule rows and joint rows of every scenario, and how it was run.</summary>
/// <param name="Rules">Per scenario, county, programme and rule.</param>
/// <param name="Joint">Per scenario, county, programme and measure.</param>
/// <param name="Dependence">Per county.</param>
/// <param name="Scenarios">The scenarios, the baseline first.</param>
/// <param name="Paths">Monte-Carlo paths per series.</param>
/// <param name="Seed">The seed.</param>
public sealed record SimulationResult(
    IReadOnlyList<SimulatedRule> Rules,
    IReadOnlyList<JointOutcome> Joint,
    IReadOnlyList<DependenceSummary> Dependence,
    IReadOnlyList<Scenario> Scenarios,
    int Paths,
    ulong Seed)
{
    /// <summary>The joint row for a county, programme, scenario and measure; null when there is none.</summary>
    public JointOutcome? JointFor(string county, string programme, string scenario, JointMeasure measure = JointMeasure.AllBinding) =>
        Joint.FirstOrDefault(j => j.County == county && j.Programme == programme && j.Scenario == scenario && j.Measure == measure);

    /// <summary>The rows of one scenario.</summary>
    public IEnumerable<SimulatedRule> RulesOf(string scenario) => Rules.Where(r => r.Scenario == scenario);

    /// <summary>Direction helper for outputs: ≥ or ≤.</summary>
    internal static string Symbol(Direction? direction) => direction == Direction.LowerIsBetter ? "≤" : "≥";
}
