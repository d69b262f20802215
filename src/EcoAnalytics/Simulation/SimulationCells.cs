using EcoAnalytics.Data;
using EcoAnalytics.Outlook;

namespace EcoAnalytics.Simulation;

/// <summary>
/// The tidy form of a <see cref="SimulationResult"/>: one table whose <c>measure</c> column says what each row is —
/// <c>rule</c> for a rule's probability, <c>joint_all_binding</c> and <c>joint_all</c> for the joint probabilities. CSV,
/// JSON and the DataFrame view (<c>EcoAnalytics.Frames</c>) use exactly these columns.
/// </summary>
public static class SimulationCells
{
    /// <summary>The value of the <c>measure</c> column on rule rows.</summary>
    public const string RuleMeasure = "rule";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "scenario", "county", "workflow", "measure", "rule", "indicator", "binding", "basis", "deadline", "target", "direction",
        "last_year", "last_value", "shift", "probability", "method", "simulated", "standard_error", "independent",
        "typical_change", "leverage_binding", "leverage_all", "rules", "excluded", "most_likely_to_fail", "dependence",
        "paths", "seed", "note", "synthetic",
    ];

    /// <summary>Every row of the result: per scenario, the rule rows of each programme and county, then their joint rows.</summary>
    public static IEnumerable<object?[]> Rows(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var dependence = result.Dependence.ToDictionary(d => d.County, d => d.Description, StringComparer.Ordinal);
        foreach (var group in result.Rules.GroupBy(r => (r.Scenario, r.Programme, r.County)))
        {
            foreach (var rule in group)
            {
                yield return Cells(rule, result, dependence.GetValueOrDefault(rule.County));
            }

            foreach (var joint in result.Joint.Where(j => j.Scenario == group.Key.Scenario && j.Programme == group.Key.Programme && j.County == group.Key.County))
            {
                yield return Cells(joint, result);
            }
        }
    }

    /// <summary>A rule row as the values of <see cref="Columns"/>.</summary>
    public static object?[] Cells(SimulatedRule row, SimulationResult result, string? dependence = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            row.Scenario, row.County, row.Programme, RuleMeasure, row.Rule, row.Indicator, row.Binding ? "yes" : "no", BasisWord(row.Basis),
            row.Goal.Deadline, row.Goal.Target, ForecastTable.DirectionWord(row.Goal.Direction), row.Latest?.Year, row.Latest?.Value,
            row.Basis == OutcomeBasis.Excluded ? null : row.Shift, row.Probability, MethodWord(row.Basis), row.Simulated, row.StandardError, null,
            row.TypicalChange, row.LeverageBinding, row.LeverageAll, null, null, null, dependence,
            result.Paths, result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Note, row.IsSynthetic ? Sources.Synthetic : string.Empty,
        ];
    }

    /// <summary>A joint row as the values of <see cref="Columns"/>.</summary>
    public static object?[] Cells(JointOutcome row, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            row.Scenario, row.County, row.Programme, row.MeasureName, null, null, null, null,
            null, null, null, null, null,
            null, row.Probability, row.Method, row.Simulated, row.StandardError, row.Independent,
            null, null, null, row.Rules, row.Excluded, string.Join(" ", row.MostLikelyToFail), row.Dependence,
            result.Paths, result.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Note, row.IsSynthetic ? Sources.Synthetic : string.Empty,
        ];
    }

    /// <summary><c>projected</c>, <c>observed</c>, <c>status</c> or <c>excluded</c>.</summary>
    public static string BasisWord(OutcomeBasis basis) => basis.ToString().ToLowerInvariant();

    private static string MethodWord(OutcomeBasis basis) => basis switch
    {
        OutcomeBasis.Projected => "closed form",
        OutcomeBasis.Observed => "observed",
        OutcomeBasis.Status => "status now",
        _ => string.Empty,
    };
}
