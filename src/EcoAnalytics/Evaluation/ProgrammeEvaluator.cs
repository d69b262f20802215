using System.Runtime.CompilerServices;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>
/// Evaluates a compiled programme over a panel: every enabled rule, for every requested county and year, into a
/// <see cref="ComplianceTable"/>. Missing data is NoData (never NotMet); an invalid or failing rule yields Error
/// rows and never stops the others.
/// </summary>
public static class ProgrammeEvaluator
{
    /// <summary>Evaluates <paramref name="programme"/> over a dataset's observations and assigned targets.</summary>
    public static ComplianceTable Evaluate(CompiledProgramme programme, Dataset dataset, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Evaluate(programme, dataset.Panel, dataset.Counties, dataset.AssignedPanel, options);
    }

    /// <summary>Evaluates <paramref name="programme"/> over <paramref name="panel"/>.</summary>
    /// <param name="programme">The compiled programme.</param>
    /// <param name="panel">Observations as a panel.</param>
    /// <param name="counties">Registry used to find counties (terrain) that the options name.</param>
    /// <param name="assigned">Targets assigned by the upper level, or <c>null</c> for none.</param>
    /// <param name="options">Counties, years and thresholds; defaults to the programme's county and deadlines.</param>
    // Optimised at first compilation: a CLI run evaluates once, so tiered compilation would leave the hot loop in its
    // quick first tier for the whole run (measured by eco bench: 4.5× hand-written lambdas instead of 2×).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ComplianceTable Evaluate(CompiledProgramme programme, Panel panel, CountyRegistry counties, Panel? assigned = null, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(counties);
        options ??= EvaluationOptions.Default;
        assigned ??= Panel.Empty(panel.Catalog, [], panel.FirstYear, panel.FirstYear);
        var thresholds = ThresholdPlan.For(programme, options);
        var builder = new RuleInputBuilder(panel, assigned, programme, thresholds);
        var unitIds = options.Counties ?? [programme.Programme.County];
        var capacity = unitIds.Count * (options.Years?.Count ?? 1) * Math.Max(1, programme.AllRules.Count);
        var table = new ComplianceTable(programme, panel, thresholds, options, capacity);
        foreach (var id in unitIds)
        {
            var county = counties.Find(id) ?? panel.Counties.FirstOrDefault(c => c.Id == id);
            if (county is null)
            {
                table.AddUnknownCounty(id, counties.UnknownMessage(id));
                continue;
            }

            var context = builder.Context(county);
            var row = table.AddCounty(county);
            foreach (var rule in programme.Rules)
            {
                var years = YearsFor(rule, panel, county, options);
                for (var y = 0; y < years.Count; y++)
                {
                    EvaluateRule(rule, context, row, years[y], builder, table);
                }
            }
        }

        return table;
    }

    private static IReadOnlyList<int> YearsFor(CompiledRule rule, Panel panel, County county, EvaluationOptions options)
    {
        if (options.Years is { } years)
        {
            return years;
        }

        if (rule.Rule.Deadline is { } deadline)
        {
            return [deadline];
        }

        var c = panel.CountyIndex(county.Id);
        var latest = rule.Components.Prepend(rule)
            .SelectMany(r => r.Indicators)
            .Select(i => c < 0 ? null : panel.LatestYear(c, panel.Catalog.IndexOf(i.Code)))
            .Max();
        return [latest ?? panel.LastYear];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ComplianceStatus EvaluateRule(CompiledRule rule, in CountyContext county, int row, int year, RuleInputBuilder builder, ComplianceTable table)
    {
        var plan = builder.Plan(rule);
        if (rule.Rule.Requirement == Requirement.All)
        {
            var statuses = new List<ComplianceStatus>(rule.Components.Count);
            foreach (var component in rule.Components)
            {
                statuses.Add(EvaluateRule(component, county, row, year, builder, table));
            }

            statuses.RemoveAll(s => s == ComplianceStatus.NotInSet);
            var status = rule.Error is not null || statuses.Contains(ComplianceStatus.Error) ? ComplianceStatus.Error
                : statuses.Count == 0 && rule.Components.Count > 0 ? ComplianceStatus.NotInSet
                : statuses.Contains(ComplianceStatus.NotMet) ? ComplianceStatus.NotMet
                : statuses.Contains(ComplianceStatus.NoData) || statuses.Count == 0 ? ComplianceStatus.NoData
                : ComplianceStatus.Met;
            table.AddComposite(plan, row, year, status, rule.Error);
            return status;
        }

        if (rule.Evaluate is null)
        {
            table.Add(plan, row, year, default, ComplianceStatus.Error, rule.Error ?? "the rule has no expression");
            return ComplianceStatus.Error;
        }

        if (!plan.Thresholds.InSet)
        {
            table.Add(plan, row, year, default, ComplianceStatus.NotInSet, plan.Note);
            return ComplianceStatus.NotInSet;
        }

        var built = builder.Build(plan, county, year);
        if (built.Error is not null)
        {
            table.Add(plan, row, year, in built, ComplianceStatus.Error, built.Error);
            return ComplianceStatus.Error;
        }

        if (built.Missing != InputMembers.None)
        {
            table.Add(plan, row, year, in built, ComplianceStatus.NoData, null);
            return ComplianceStatus.NoData;
        }

        if ((rule.Members & InputMembers.Threshold) != 0 && double.IsNaN(built.Input.Threshold))
        {
            table.Add(plan, row, year, in built, ComplianceStatus.Error, $"the rule has no threshold in set '{plan.Set}'");
            return ComplianceStatus.Error;
        }

        bool met;
        try
        {
            met = rule.Evaluate(built.Input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            table.Add(plan, row, year, in built, ComplianceStatus.Error, $"the expression failed: {ex.GetType().Name}: {ex.Message}");
            return ComplianceStatus.Error;
        }

        var result = met ? ComplianceStatus.Met : ComplianceStatus.NotMet;
        table.Add(plan, row, year, in built, result, null);
        return result;
    }
}
