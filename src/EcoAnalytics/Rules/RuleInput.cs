namespace EcoAnalytics.Rules;

/// <summary>
/// The one input a rule expression sees, as <c>x</c>: a plain immutable value with no methods worth calling.
/// Rule files are code, so expressions get numbers and labels, never a DataFrame, a loader or any service.
/// Members that have no data are NaN (numbers) or empty (labels, arrays); a rule that reads such a member is
/// reported as NoData before its expression runs.
/// </summary>
/// <param name="County">County id.</param>
/// <param name="Year">The evaluated year.</param>
/// <param name="Terrain">Terrain class of the county (山区, 丘陵区, 平原区).</param>
/// <param name="Value">The rule's indicator in <paramref name="Year"/>; for status indicators the ladder level of the observed label.</param>
/// <param name="Threshold">The resolved threshold (threshold set, terrain and overrides applied).</param>
/// <param name="Previous">The indicator in the year before.</param>
/// <param name="Baseline">The indicator in the rule's baseline year.</param>
/// <param name="Slope">OLS slope per year over the rule's trend window.</param>
/// <param name="Points">Observations inside the trend window.</param>
/// <param name="Assigned">The target assigned by the upper level for <paramref name="Year"/>.</param>
/// <param name="Status">The observed status label, or empty.</param>
/// <param name="Values">For multi-indicator rules: each indicator's value, in <c>Properties.indicators</c> order.</param>
/// <param name="Thresholds">For multi-indicator rules: each indicator's threshold, same order.</param>
public readonly record struct RuleInput(
    string County,
    int Year,
    string Terrain,
    double Value,
    double Threshold,
    double Previous,
    double Baseline,
    double Slope,
    int Points,
    double Assigned,
    string Status,
    double[] Values,
    double[] Thresholds)
{
    /// <summary>The name expressions use for the input.</summary>
    public const string ParameterName = "x";
}
