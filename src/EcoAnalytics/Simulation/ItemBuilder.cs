using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Simulation;

/// <summary>
/// Turns a programme's outlook and compliance table into simulation items: the outlook decides what is projected
/// (the same target, deadline and threshold as <c>eco forecast</c>), the compliance table decides status milestones.
/// </summary>
internal static class ItemBuilder
{
    /// <summary>The label the source gives binding indicators.</summary>
    public const string BindingLabel = "约束性";

    public static (List<SimulationItem> Items, string BindingNote) Build(CompiledProgramme programme, Dataset dataset, SimulationOptions options)
    {
        var forecast = ProgrammeForecaster.Forecast(programme, dataset, options.Forecast);
        var compliance = ProgrammeEvaluator.Evaluate(programme, dataset, options.Forecast.Evaluation);
        var statuses = new Dictionary<(string County, string Rule), ComplianceResult>();
        foreach (var result in compliance)
        {
            statuses.TryAdd((result.County, result.Rule), result);
        }

        var (isBinding, bindingNote) = Binding(programme.Programme, options.Binding);
        var parents = new Dictionary<string, ProgrammeRule>(StringComparer.Ordinal);
        var leaves = new Dictionary<string, ProgrammeRule>(StringComparer.Ordinal);
        foreach (var rule in programme.Programme.Rules)
        {
            foreach (var leaf in rule.Components.Prepend(rule))
            {
                parents.TryAdd(leaf.Name, rule);
                leaves.TryAdd(leaf.Name, leaf);
            }
        }

        var items = new List<SimulationItem>();
        foreach (var row in forecast)
        {
            var parent = parents.GetValueOrDefault(row.Rule);
            var binding = isBinding(row.Rule) || (parent is not null && isBinding(parent.Name));
            var statusResult = statuses.GetValueOrDefault((row.County, row.Rule)) ?? (parent is null ? null : statuses.GetValueOrDefault((row.County, parent.Name)));
            var item = Item(row, programme.Programme.Name, binding, dataset, options, statusResult);
            if (item.Basis == OutcomeBasis.Status && statusResult is not null)
            {
                item = item with { Labels = StatusLabels(leaves.GetValueOrDefault(row.Rule), statusResult, dataset) };
            }

            items.Add(item);
        }

        return (items, bindingNote);
    }

    private static SimulationItem Item(ForecastRow row, string programme, bool binding, Dataset dataset, SimulationOptions options, ComplianceResult? status)
    {
        var indicator = dataset.Catalog.Find(row.Indicator);
        var deadline = options.InspectionYear ?? row.Goal.Deadline;
        var goal = row.Goal with { Deadline = deadline };
        SimulationItem Fixed(OutcomeBasis basis, bool met, string why, bool synthetic) => new()
        {
            County = row.County, Programme = programme, Rule = row.Rule, Indicator = row.Indicator, Binding = binding,
            Basis = basis, Goal = goal, Latest = row.Latest, FixedMet = met, ImprovedMet = met,
            Note = Join(why, row.Note), IsSynthetic = row.IsSynthetic || synthetic,
        };
        SimulationItem Excluded(string why) => new()
        {
            County = row.County, Programme = programme, Rule = row.Rule, Indicator = row.Indicator, Binding = binding,
            Basis = OutcomeBasis.Excluded, Goal = goal, Latest = row.Latest, Note = Join("not simulated: " + why, row.Note), IsSynthetic = row.IsSynthetic,
        };

        if (indicator is null)
        {
            return Excluded("the rule names no indicator of the catalog");
        }

        if (indicator.Kind == IndicatorKind.Status)
        {
            return status is { Status: ComplianceStatus.Met or ComplianceStatus.NotMet }
                ? StatusItem(row, programme, binding, status, goal, indicator)
                : Excluded($"status milestone without a present status ({status?.Status.ToString() ?? "no row"}: {status?.Message ?? "not evaluated"})");
        }

        // 稳定提高 / 持续改善: met when the deadline value is better than the latest observed one.
        var improving = row.Kind == OutlookKind.TrendOnly && row.Goal.Target is null && row.Latest is not null;
        var target = improving ? row.Latest!.Value.Value : row.Goal.Target;
        var compliance = status is { Status: ComplianceStatus.Met or ComplianceStatus.NotMet } ? status : null;
        var points = dataset.Panel.Points(row.County, row.Indicator).Points;
        var last = points.Count > 0 ? points[^1].Year : (int?)null;
        if (deadline is not { } year || row.Goal.Direction is not { } direction || row.Kind == OutlookKind.NotProjected)
        {
            return Excluded(row.Kind == OutlookKind.NotProjected ? "not projected" : "no deadline (pass a default deadline or an inspection year)");
        }

        if (last is { } latestYear && year <= latestYear)
        {
            // The year judged is observed: the outlook's observed verdict at the rule's own deadline, else the value
            // observed that year, else the compliance evaluation of the rule's deadline year.
            if (options.InspectionYear is null && row.ProbabilityMet is { } observed)
            {
                return Fixed(OutcomeBasis.Observed, observed >= 1, "deadline passed: the observed value decides; scenarios cannot change it", false);
            }

            var value = dataset.Panel.Value(row.County, row.Indicator, year);
            if (target is { } t && double.IsFinite(value) && !improving)
            {
                var met = direction.Meets(value, t);
                return Fixed(OutcomeBasis.Observed, met, string.Create(CultureInfo.InvariantCulture, $"{year} is observed: {value:G6} {(met ? "meets" : "does not meet")} the target; scenarios cannot change it"), false);
            }

            return compliance is not null && options.InspectionYear is null
                ? Fixed(OutcomeBasis.Observed, compliance.Status == ComplianceStatus.Met, $"deadline passed: the evaluation of {compliance.Year.ToString(CultureInfo.InvariantCulture)} decides ({compliance.Message}); scenarios cannot change it", compliance.IsSynthetic)
                : Excluded($"{year.ToString(CultureInfo.InvariantCulture)} is observed but there is no value that year to judge");
        }

        if (target is not { } value2)
        {
            return Excluded("no quantified target");
        }

        var fit = Trend.Fit(points, options.Forecast.Model, new TrendOptions { Range = indicator.Range });
        if (!fit.Success)
        {
            return Excluded(fit.Message);
        }

        var note = improving
            ? Join(string.Create(CultureInfo.InvariantCulture, $"improving: met when the {year} value is better than the latest observed ({row.Latest!.Value.Year}: {value2:G6})"), row.Note)
            : options.InspectionYear is { } inspection && inspection != row.Goal.Deadline
                ? Join(string.Create(CultureInfo.InvariantCulture, $"judged in the inspection year {inspection} (the rule's deadline: {row.Goal.Deadline?.ToString(CultureInfo.InvariantCulture) ?? "none"})"), row.Note)
                : row.Note;
        return new SimulationItem
        {
            County = row.County, Programme = programme, Rule = row.Rule, Indicator = row.Indicator, Binding = binding,
            Basis = OutcomeBasis.Projected, Goal = goal with { Target = value2 }, Latest = row.Latest,
            Fit = fit, Target = value2, Better = SimulationItem.Sign(direction),
            TypicalChange = SimulationItem.MeanAbsoluteChange(points), Note = note, IsSynthetic = row.IsSynthetic,
        };
    }

    private static SimulationItem StatusItem(ForecastRow row, string programme, bool binding, ComplianceResult status, ForecastGoal goal, Indicator indicator)
    {
        // One ladder step the better way: up, or down for a scale where lower is better (compared with <= or <).
        bool? improved = status.Value is { } level && status.Threshold is { } threshold && Comparators.Parse(status.Comparator) is { } comparator
            ? comparator.Holds(comparator is Comparator.AtMost or Comparator.Below ? level - 1 : level + 1, threshold)
            : null;
        return new SimulationItem
        {
            County = row.County, Programme = programme, Rule = row.Rule, Indicator = row.Indicator, Binding = binding,
            Basis = OutcomeBasis.Status, Goal = goal, Latest = status.Value is { } v ? new YearValue(status.Year, v) : null,
            FixedMet = status.Status == ComplianceStatus.Met, ImprovedMet = improved, TypicalChange = 1,
            Labels = (status.Threshold is { } t ? $"{Symbol(status.Comparator)} {StatusScale.LabelOf(t, indicator.Scale)}" : null,
                status.Value is { } now ? StatusScale.LabelOf(now, indicator.Scale) : null),
            Note = Join($"status milestone, as evaluated for {status.Year.ToString(CultureInfo.InvariantCulture)}: {status.Message}", null),
            IsSynthetic = status.IsSynthetic,
        };
    }

    // The labels as printed: the rule's required label in the set used, and the label observed that year.
    private static (string? Target, string? Latest) StatusLabels(ProgrammeRule? rule, ComplianceResult status, Dataset dataset)
    {
        var indicator = dataset.Catalog.Find(status.Indicator);
        var required = rule is not null && rule.Thresholds.TryGetValue(status.ThresholdSet, out var spec) && spec is ThresholdSpec.Status s ? s.Label
            : status.Threshold is { } t && indicator is not null ? StatusScale.LabelOf(t, indicator.Scale) : null;
        var panel = dataset.Panel;
        var observed = indicator is null ? null : panel.Label(panel.CountyIndex(status.County), panel.Catalog.IndexOf(status.Indicator), status.Year);
        return (required is null ? null : $"{Symbol(status.Comparator)} {required}", observed ?? (status.Value is { } v && indicator is not null ? StatusScale.LabelOf(v, indicator.Scale) : null));
    }

    private static string Symbol(string comparator) => comparator switch { ">=" => "≥", "<=" => "≤", var other => other };

    private static (Func<string, bool> IsBinding, string Note) Binding(Programme programme, IReadOnlyCollection<string>? chosen)
    {
        if (chosen is not null)
        {
            var set = chosen.ToHashSet(StringComparer.Ordinal);
            return (set.Contains, $"binding rules as given ({set.Count})");
        }

        var marked = programme.AllRules.Where(r => r.Binding == BindingLabel).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return marked.Count > 0
            ? (marked.Contains, $"binding: the {marked.Count} rules the source marks {BindingLabel}")
            : (_ => true, $"the source marks no rule {BindingLabel}/参考性: every rule counts as binding");
    }

    private static string Join(string head, string? tail) => string.IsNullOrEmpty(tail) ? head : $"{head}; {tail}";
}
