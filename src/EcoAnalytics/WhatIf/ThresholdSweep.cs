using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;

namespace EcoAnalytics.WhatIf;

/// <summary>
/// Tries a range of thresholds for one rule (by name) or every rule on one indicator (by code): for each threshold and
/// county, the value now (the latest year with data), whether it meets the threshold now, and P(met by the deadline).
/// Each threshold is applied as the override <c>CODE=t</c> through <see cref="ProgrammeEvaluator"/> and
/// <see cref="ProgrammeForecaster"/>, so a row's status is what <c>eco evaluate --year Y --set CODE=t</c> gives and its
/// probability what <c>eco forecast --set CODE=t</c> gives. Rules that compare against something other than a threshold
/// (a baseline, a trend, an assigned target; composites) are not swept and are named in <see cref="SweepTable.Notes"/>.
/// </summary>
public static class ThresholdSweep
{
    /// <summary>Sweeps <paramref name="range"/> over <paramref name="programme"/>.</summary>
    /// <param name="programme">The compiled programme.</param>
    /// <param name="dataset">Observations and assigned targets.</param>
    /// <param name="range">What to sweep and the thresholds to try.</param>
    /// <param name="options">Counties, threshold set and other overrides (years are not used), model, level, default deadline; null for the defaults.</param>
    /// <param name="progress">Told the number of thresholds done after each one; null for none.</param>
    /// <exception cref="ArgumentException">The range is unusable (<see cref="ThresholdRange.Problem"/>).</exception>
    public static SweepTable Run(CompiledProgramme programme, Dataset dataset, ThresholdRange range, ForecastOptions? options = null, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(range);
        options ??= ForecastOptions.Default;
        var thresholds = range.Thresholds();
        var name = programme.Programme.Name;
        var notes = new List<string>();
        var matched = programme.AllRules.Where(r => r.Rule.Name == range.Code || r.Rule.Indicators.Contains(range.Code, StringComparer.Ordinal)).ToList();
        if (matched.Count == 0)
        {
            notes.Add($"{name}: no rule or indicator '{range.Code}'");
        }

        var swept = new List<CompiledRule>();
        foreach (var rule in matched)
        {
            if (WhyNotSwept(rule) is { } why)
            {
                notes.Add($"{name}: {rule.Rule.Name} not swept: {why}");
            }
            else
            {
                swept.Add(rule);
            }
        }

        if (swept.Count == 0)
        {
            return new SweepTable(name, range, [], notes, []);
        }

        // A programme of just the rules swept (and the composites they belong to), compiled once: rules are evaluated
        // and forecast independently, so their rows are the ones the whole programme gives.
        var names = swept.Select(r => r.Rule.Name).ToHashSet(StringComparer.Ordinal);
        var tops = programme.Programme.Rules.Where(r => r.Components.Prepend(r).Any(c => names.Contains(c.Name))).ToList();
        var sub = CompiledProgramme.Compile(programme.Programme with { Rules = tops }, programme.Catalog);
        var baseOverrides = options.Evaluation.Overrides.Where(o => o.Target != range.Code && !names.Contains(o.Target)).ToList();
        foreach (var replaced in options.Evaluation.Overrides.Except(baseOverrides))
        {
            notes.Add($"{name}: override {replaced} replaced by the sweep of {range.Code}");
        }

        var counties = (options.Evaluation.Counties ?? [programme.Programme.County]).Where(id => dataset.Counties.Find(id) is not null).Distinct(StringComparer.Ordinal).ToList();
        var years = counties.ToDictionary(id => id, id => swept.ToDictionary(r => r.Rule.Name, r => LatestYear(dataset.Panel, id, r)));
        var cells = new List<SweepRow>[counties.Count, swept.Count];
        for (var c = 0; c < counties.Count; c++)
        {
            for (var r = 0; r < swept.Count; r++)
            {
                cells[c, r] = new List<SweepRow>(thresholds.Count);
            }
        }

        for (var step = 0; step < thresholds.Count; step++)
        {
            var t = thresholds[step];
            var evaluation = options.Evaluation with { Counties = counties, Years = null, Overrides = [.. baseOverrides, new ThresholdOverride(range.Code, t)] };
            var outlook = ProgrammeForecaster.Forecast(sub, dataset, options with { Evaluation = evaluation })
                .GroupBy(f => (f.County, f.Rule, f.Indicator)).ToDictionary(g => g.Key, g => g.First());
            for (var c = 0; c < counties.Count; c++)
            {
                var id = counties[c];
                var now = years[id].Values.Distinct()
                    .SelectMany(year => ProgrammeEvaluator.Evaluate(sub, dataset, evaluation with { Counties = [id], Years = [year] }).Where(row => years[id].GetValueOrDefault(row.Rule) == year))
                    .ToDictionary(row => row.Rule, StringComparer.Ordinal);
                for (var r = 0; r < swept.Count; r++)
                {
                    cells[c, r].Add(Row(swept[r], range.Code, t, now[swept[r].Rule.Name], outlook, dataset.Panel, name));
                }
            }

            progress?.Report(step + 1);
        }

        var rows = new List<SweepRow>(counties.Count * swept.Count * thresholds.Count);
        foreach (var list in cells)
        {
            rows.AddRange(list);
        }

        return new SweepTable(name, range, swept.Select(r => r.Rule.Name).ToList(), notes, rows);
    }

    /// <summary>
    /// Why a sweep of <paramref name="rule"/> would change nothing, or null when its expression compares against a
    /// threshold (and so against the swept one).
    /// </summary>
    internal static string? WhyNotSwept(CompiledRule rule) => rule.Rule.Requirement switch
    {
        Requirement.All => $"a composite; sweep one of its components ({string.Join(", ", rule.Components.Select(c => c.Rule.Name))})",
        _ when rule.Error is not null => $"the rule cannot be evaluated ({rule.Error})",
        _ when (rule.Members & (InputMembers.Threshold | InputMembers.Thresholds)) != 0 => null,
        Requirement.NotDecreasing => "it compares against its baseline value (not decreasing), not a threshold",
        Requirement.Improving => "it asks for an improving trend, not a threshold",
        Requirement.Assigned => "it compares against the target assigned by the upper level, not a threshold",
        _ => "its expression reads no threshold",
    };

    private static int LatestYear(Panel panel, string county, CompiledRule rule)
    {
        var c = panel.CountyIndex(county);
        var latest = c < 0 ? null : rule.Indicators.Select(i => panel.LatestYear(c, panel.Catalog.IndexOf(i.Code))).Max();
        return latest ?? panel.LastYear;
    }

    private static SweepRow Row(CompiledRule rule, string code, double t, ComplianceResult now, Dictionary<(string, string, string), ForecastRow> outlook, Panel panel, string programme)
    {
        var indicator = rule.Rule.Indicators.Contains(code, StringComparer.Ordinal) ? code : rule.Rule.Indicator;
        var value = now.Value; // a multi-indicator rule's row carries no single value: the swept indicator's comes from the panel
        if (rule.Indicators.Length > 1)
        {
            var v = panel.Value(now.County, indicator, now.Year);
            value = double.IsNaN(v) ? null : v;
        }

        var forecast = outlook.GetValueOrDefault((now.County, rule.Rule.Name, indicator));
        var synthetic = now.IsSynthetic || forecast?.IsSynthetic == true;
        var message = synthetic && !now.Message.StartsWith(Sources.SyntheticMarker, StringComparison.Ordinal) ? Sources.SyntheticMarker + now.Message : now.Message;
        return new SweepRow(now.County, programme, rule.Rule.Name, indicator, code, t, now.Comparator, now.ThresholdSet, now.Year, value, now.Status,
            forecast?.Goal.Deadline ?? rule.Rule.Deadline, forecast?.ProbabilityMet, message)
        { IsSynthetic = synthetic };
    }
}
