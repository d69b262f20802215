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
        var builder = new RuleInputBuilder(panel, assigned, programme, options.ForEvaluation());
        var rows = new List<ForecastRow>();
        foreach (var id in options.Counties ?? [programme.Programme.County])
        {
            var county = dataset.Counties.Find(id);
            if (county is null)
            {
                continue;
            }

            var context = builder.Context(county);
            foreach (var rule in programme.Rules)
            {
                foreach (var leaf in rule.Components.Count > 0 ? rule.Components : [rule])
                {
                    rows.AddRange(ForecastRule(leaf, builder, context, panel, assigned, options));
                }
            }
        }

        return new ForecastTable(programme.Programme.WorkflowName, rows);
    }

    private static IEnumerable<ForecastRow> ForecastRule(CompiledRule compiled, RuleInputBuilder builder, CountyContext county, Panel panel, Panel assigned, ForecastOptions options)
    {
        var rule = compiled.Rule;
        var plan = builder.Plan(compiled);
        var deadline = rule.Deadline ?? options.DefaultDeadline;
        var id = county.County.Id;
        if (compiled.Error is not null || compiled.Indicators.Length == 0)
        {
            yield return Empty(id, rule, options, $"the rule cannot be forecast: {compiled.Error ?? "no indicator"}");
            yield break;
        }

        for (var k = 0; k < compiled.Indicators.Length; k++)
        {
            var indicator = compiled.Indicators[k];
            if (indicator.Kind == IndicatorKind.Status)
            {
                yield return Empty(id, rule, options, "status milestone: compared on the status ladder, not projected") with { Indicator = indicator.Code };
                continue;
            }

            var (points, synthetic) = Series(panel, county.Panel, plan.PanelIndicators[k]);
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
                    var baseValue = county.Panel < 0 ? double.NaN : panel.Value(county.Panel, plan.PanelIndicators[k], baseYear);
                    target = double.IsNaN(baseValue) ? null : baseValue;
                    context = $"target = the {baseYear} value (not decreasing)";
                    direction = Direction.HigherIsBetter;
                    break;
                case Requirement.Assigned:
                    var year = deadline ?? panel.LastYear;
                    var a = county.Assigned < 0 || plan.AssignedIndicator < 0 ? double.NaN : assigned.Value(county.Assigned, plan.AssignedIndicator, year);
                    target = double.IsNaN(a) ? null : a;
                    context = target is null ? $"no target assigned by the upper level for {year}" : $"target assigned by the upper level for {year}";
                    break;
                default:
                    var t = plan.Thresholds[k][county.TerrainSlot];
                    target = double.IsNaN(t) ? null : t;
                    context = rule.Comparator is Comparator.Above or Comparator.Below ? "strict comparison: the projection must pass the threshold, not just reach it" : null;
                    if (plan.Note is { } note)
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

    private static (List<(int Year, double Value)> Points, int Synthetic) Series(Panel panel, int county, int indicator)
    {
        var points = new List<(int, double)>();
        var synthetic = 0;
        if (county < 0 || indicator < 0)
        {
            return (points, 0);
        }

        var series = panel.Series(county, indicator);
        for (var y = 0; y < series.Length; y++)
        {
            if (double.IsNaN(series[y]))
            {
                continue;
            }

            points.Add((panel.FirstYear + y, series[y]));
            if (panel.Source(county, indicator, panel.FirstYear + y) == Sources.Synthetic)
            {
                synthetic++;
            }
        }

        return (points, synthetic);
    }

    private static ForecastRow Empty(string county, ProgrammeRule rule, ForecastOptions options, string note) =>
        new(county, rule.Name, rule.Indicator, rule.Deadline ?? options.DefaultDeadline, null, string.Empty, "none", null, null, null, null, null, options.Level,
            null, null, null, null, null, "not applicable", "not applicable", "not applicable", note);
}
