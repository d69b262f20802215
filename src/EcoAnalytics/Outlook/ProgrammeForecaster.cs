using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Outlook;

/// <summary>
/// Forecasts every rule of a programme for every requested county: the target each rule states (the same number
/// the compliance table uses: threshold set, terrain and overrides applied), projected to the rule's deadline.
/// Rules without a numeric target (status milestones) get a row that says so; multi-indicator rules get one row per
/// component indicator.
/// </summary>
public static class ProgrammeForecaster
{
    /// <summary>Forecasts <paramref name="programme"/> over <paramref name="dataset"/>.</summary>
    public static ForecastTable Forecast(CompiledProgramme programme, Dataset dataset, ForecastOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= ForecastOptions.Default;
        var panel = dataset.Panel;
        var assigned = dataset.AssignedPanel;
        var thresholds = ThresholdPlan.For(programme, options.Evaluation);
        var rows = new List<ForecastRow>();
        foreach (var id in options.Evaluation.Counties ?? [programme.Programme.County])
        {
            var county = dataset.Counties.Find(id);
            if (county is null)
            {
                continue;
            }

            var context = new CountyContext(county, panel.CountyIndex(county.Id), assigned.CountyIndex(county.Id));
            foreach (var rule in programme.Rules)
            {
                foreach (var leaf in rule.Components.Count > 0 ? rule.Components : [rule])
                {
                    rows.AddRange(ForecastRule(leaf, thresholds[leaf], context, panel, assigned, options).Select(r => r with { Programme = programme.Programme.Name }));
                }
            }
        }

        return new ForecastTable(programme.Programme.Name, rows);
    }

    private static IEnumerable<ForecastRow> ForecastRule(CompiledRule compiled, RuleThresholds thresholds, CountyContext county, Panel panel, Panel assigned, ForecastOptions options)
    {
        var rule = compiled.Rule;
        var deadline = rule.Deadline ?? options.DefaultDeadline;
        var id = county.County.Id;
        if (compiled.Error is not null || compiled.Indicators.Length == 0)
        {
            yield return Empty(id, rule, options, $"the rule cannot be forecast: {compiled.Error ?? "no indicator"}");
            yield break;
        }

        if (!thresholds.InSet)
        {
            yield return Empty(id, rule, options, thresholds.Note ?? $"not part of threshold set '{thresholds.Set}'");
            yield break;
        }

        for (var k = 0; k < compiled.Indicators.Length; k++)
        {
            var indicator = compiled.Indicators[k];
            if (rule.Requirement == Requirement.AssignedChange)
            {
                yield return Empty(id, rule, options, $"change-size target: each year's change of {indicator.Code} is compared with the change assigned under {rule.AssignedIndicator}, not projected") with { Indicator = indicator.Code };
                continue;
            }

            if (indicator.Kind == IndicatorKind.Status)
            {
                yield return Empty(id, rule, options, "status milestone: compared on the status ladder, not projected") with { Indicator = indicator.Code };
                continue;
            }

            var panelIndicator = panel.Catalog.IndexOf(indicator.Code);
            var (points, synthetic) = panel.Points(county.Panel, panelIndicator);
            var higher = rule.Comparator is Comparator.AtLeast or Comparator.Above
                || (rule.Comparator is null && indicator.Direction == Direction.HigherIsBetter);
            var direction = higher ? Direction.HigherIsBetter : Direction.LowerIsBetter;
            double? target = null;
            string? context = null;
            switch (rule.Requirement)
            {
                case Requirement.Improving:
                    break;
                case Requirement.NotDecreasing:
                    var baseYear = rule.BaselineYear ?? points.Select(p => p.Year).DefaultIfEmpty().Max() - 1;
                    var baseValue = county.Panel < 0 ? double.NaN : panel.Value(county.Panel, panelIndicator, baseYear);
                    target = double.IsNaN(baseValue) ? null : baseValue;
                    context = $"target = the {baseYear} value (not decreasing)";
                    direction = Direction.HigherIsBetter;
                    break;
                case Requirement.Assigned:
                    var year = deadline ?? panel.LastYear;
                    var assignedIndicator = assigned.Catalog.IndexOf(compiled.Indicators[0].Code);
                    var a = county.Assigned < 0 || assignedIndicator < 0 ? double.NaN : assigned.Value(county.Assigned, assignedIndicator, year);
                    target = double.IsNaN(a) ? null : a;
                    context = target is null ? $"no target assigned by the upper level for {year}" : $"target assigned by the upper level for {year}";
                    break;
                default:
                    var t = thresholds.Values[k][county.TerrainSlot];
                    target = double.IsNaN(t) ? null : t;
                    context = rule.Comparator is Comparator.Above or Comparator.Below ? "strict comparison: the projection must pass the threshold, not just reach it" : null;
                    if (thresholds.Note is { } note)
                    {
                        context = context is null ? note : $"{context}; {note}";
                    }

                    break;
            }

            if (rule.Deadline is null && options.DefaultDeadline is { } assumed)
            {
                var assumption = $"deadline {assumed} assumed: the source gives none";
                context = context is null ? assumption : $"{assumption}; {context}";
            }

            yield return SeriesForecaster.Forecast(id, rule.Name, indicator, points, target, deadline, direction, options, synthetic, context);
        }
    }

    private static ForecastRow Empty(string county, ProgrammeRule rule, ForecastOptions options, string note) =>
        new(county, rule.Name, rule.Indicator, OutlookKind.NotProjected, new ForecastGoal(null, rule.Deadline ?? options.DefaultDeadline, null), null, null, null,
            options.Level, null, null, ForecastPace.None, OfficialVerdicts.None, note);
}
