using EcoAnalytics.Internal;
using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using EcoAnalytics.Rules;

namespace EcoAnalytics.WhatIf;

/// <summary>
/// A programme evaluated and forecast under two threshold settings — a baseline (A, usually the default set) and an
/// alternative (B: another threshold set and/or overrides) — joined per county × rule × indicator. Both sides come from
/// <see cref="ProgrammeEvaluator"/> and <see cref="ProgrammeForecaster"/>, so every threshold is resolved by the one
/// <see cref="ThresholdPlan"/> and every number is the one <c>eco evaluate</c> and <c>eco forecast</c> give.
/// A DataFrame view is in <c>EcoAnalytics.Frames</c>.
/// </summary>
public sealed class ThresholdComparison : IReadOnlyList<ComparisonRow>
{
    /// <summary>The columns of the DataFrame, CSV and JSON output, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "county", "workflow", "rule", "indicator", "year", "value", "comparator", "deadline",
        "setting_a", "threshold_a", "threshold_set_a", "status_a", "gap_a", "p_met_a",
        "setting_b", "threshold_b", "threshold_set_b", "status_b", "gap_b", "p_met_b",
        "change", "message", "synthetic",
    ];

    private readonly IReadOnlyList<ComparisonRow> _rows;

    private ThresholdComparison(string programme, string a, string b, ComplianceTable[] compliance, ForecastTable[] forecasts, IReadOnlyList<ComparisonRow> rows)
    {
        Programme = programme;
        BaselineSetting = a;
        AlternativeSetting = b;
        (BaselineCompliance, AlternativeCompliance) = (compliance[0], compliance[1]);
        (BaselineForecast, AlternativeForecast) = (forecasts[0], forecasts[1]);
        _rows = rows;
    }

    /// <summary>The programme's name.</summary>
    public string Programme { get; }

    /// <summary>The baseline setting's name (e.g. <c>target</c>).</summary>
    public string BaselineSetting { get; }

    /// <summary>The alternative setting's name (e.g. <c>standard</c>, <c>target + D11_forest_grass_coverage=41</c>).</summary>
    public string AlternativeSetting { get; }

    /// <summary>The compliance table under the baseline.</summary>
    public ComplianceTable BaselineCompliance { get; }

    /// <summary>The compliance table under the alternative.</summary>
    public ComplianceTable AlternativeCompliance { get; }

    /// <summary>The outlook under the baseline.</summary>
    public ForecastTable BaselineForecast { get; }

    /// <summary>The outlook under the alternative.</summary>
    public ForecastTable AlternativeForecast { get; }

    /// <summary>The rows whose result or threshold changes.</summary>
    public IEnumerable<ComparisonRow> Changed => _rows.Where(r => r.Changed);

    /// <inheritdoc/>
    public int Count => _rows.Count;

    /// <inheritdoc/>
    public ComparisonRow this[int index] => _rows[index];

    /// <summary>Rows with the given change, for one county or all.</summary>
    /// <param name="change">The change.</param>
    /// <param name="county">A county id, or null for every county.</param>
    public int CountOf(ThresholdChange change, string? county = null) =>
        _rows.Count(r => r.Change == change && (county is null || r.County == county));

    /// <inheritdoc/>
    public IEnumerator<ComparisonRow> GetEnumerator() => _rows.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Compares the programme's default thresholds (or <paramref name="options"/>' own) with <paramref name="alternative"/>,
    /// for the counties and years that <paramref name="alternative"/> names.
    /// </summary>
    /// <param name="programme">The compiled programme.</param>
    /// <param name="dataset">Observations and assigned targets.</param>
    /// <param name="alternative">The alternative: a threshold set and/or overrides; its counties and years are used for both sides.</param>
    /// <param name="options">Model, level and default deadline for the outlook; its threshold set and overrides are the baseline. Null for the defaults.</param>
    public static ThresholdComparison Compare(CompiledProgramme programme, Dataset dataset, EvaluationOptions alternative, ForecastOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(alternative);
        options ??= ForecastOptions.Default;
        var baseline = options with { Evaluation = options.Evaluation with { Counties = alternative.Counties, Years = alternative.Years } };
        return Compare(programme, dataset, baseline, options with { Evaluation = alternative });
    }

    /// <summary>
    /// Compares <paramref name="baseline"/> (A) with <paramref name="alternative"/> (B). Both sides use the baseline's
    /// counties and years; the alternative's threshold set, overrides, model, level and default deadline are its own.
    /// </summary>
    /// <param name="programme">The compiled programme.</param>
    /// <param name="dataset">Observations and assigned targets.</param>
    /// <param name="baseline">Setting A (e.g. <see cref="ForecastOptions.Default"/>: the default threshold set, no overrides).</param>
    /// <param name="alternative">Setting B (e.g. another threshold set, or overrides).</param>
    public static ThresholdComparison Compare(CompiledProgramme programme, Dataset dataset, ForecastOptions baseline, ForecastOptions alternative)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(alternative);
        alternative = alternative with { Evaluation = alternative.Evaluation with { Counties = baseline.Evaluation.Counties, Years = baseline.Evaluation.Years } };
        ForecastOptions[] sides = [baseline, alternative];
        var compliance = sides.Select(o => ProgrammeEvaluator.Evaluate(programme, dataset, o.Evaluation)).ToArray();
        var forecasts = sides.Select(o => ProgrammeForecaster.Forecast(programme, dataset, o)).ToArray();
        var plans = sides.Select(o => ThresholdPlan.For(programme, o.Evaluation)).ToArray();
        var names = sides.Select(o => Describe(programme.Programme, o.Evaluation)).ToArray();
        if (names[0] == names[1])
        {
            names[1] += " (again)";
        }

        var outlook = forecasts.Select(f => f.GroupBy(r => (r.County, r.Rule)).ToDictionary(g => g.Key, g => g.ToList())).ToArray();
        var rows = new List<ComparisonRow>(compliance[0].Count);
        for (var i = 0; i < compliance[0].Count; i++)
        {
            var a = compliance[0][i];
            var b = compliance[1][i];
            if (a.County != b.County || a.Rule != b.Rule || a.Year != b.Year)
            {
                throw new InvalidOperationException($"the two evaluations disagree on row {i}: {a.County}/{a.Rule}/{a.Year} vs {b.County}/{b.Rule}/{b.Year}");
            }

            var compiled = programme.AllRules.FirstOrDefault(r => r.Rule.Name == a.Rule);
            var indicators = compiled is { Indicators.Length: > 1 } ? compiled.Indicators.Select(x => x.Code).ToArray() : [a.Indicator];
            for (var k = 0; k < indicators.Length; k++)
            {
                rows.Add(Join(a, b, k, indicators[k], compiled, dataset, plans, names, outlook));
            }
        }

        return new ThresholdComparison(programme.Programme.Name, names[0], names[1], compliance, forecasts, rows);
    }

    /// <summary>A setting's name: the threshold set (the programme's default when none is given), then any overrides.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">The threshold set and overrides.</param>
    public static string Describe(Programme programme, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(options);
        var set = options.ThresholdSet ?? programme.DefaultThresholdSet;
        return options.Overrides.Count == 0 ? set : $"{set} + {string.Join(", ", options.Overrides)}";
    }

    /// <summary>
    /// The row as the values of <see cref="Columns"/>, in order: numbers as <see cref="int"/> or <see cref="double"/>
    /// (null when absent), statuses by name, the change as <see cref="ChangeWord"/>, synthetic as a <see cref="bool"/>.
    /// </summary>
    /// <param name="row">The row.</param>
    public static object?[] Cells(ComparisonRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.County, row.Programme, row.Rule, row.Indicator, row.Year, row.Value, row.Comparator, row.Deadline,
            row.A.Setting, row.A.Threshold, row.A.ThresholdSet, row.A.Status.ToString(), row.A.Gap, row.A.ProbabilityMet,
            row.B.Setting, row.B.Threshold, row.B.ThresholdSet, row.B.Status.ToString(), row.B.Gap, row.B.ProbabilityMet,
            ChangeWord(row.Change), row.Message, row.IsSynthetic,
        ];
    }

    /// <summary>The change as the <c>change</c> column shows it: <c>flipped_to_met</c>, <c>flipped_to_not_met</c>, <c>threshold_changed</c>, <c>entered_set</c>, <c>left_set</c>, <c>status_changed</c>, <c>unchanged</c>.</summary>
    /// <param name="change">The change.</param>
    public static string ChangeWord(ThresholdChange change) => change switch
    {
        ThresholdChange.FlippedToMet => "flipped_to_met",
        ThresholdChange.FlippedToNotMet => "flipped_to_not_met",
        ThresholdChange.ThresholdChanged => "threshold_changed",
        ThresholdChange.EnteredSet => "entered_set",
        ThresholdChange.LeftSet => "left_set",
        ThresholdChange.StatusChanged => "status_changed",
        _ => "unchanged",
    };

    /// <summary>How a result moves from <paramref name="a"/> to <paramref name="b"/>.</summary>
    /// <param name="a">The baseline side.</param>
    /// <param name="b">The alternative side.</param>
    public static ThresholdChange Classify(ComparisonSide a, ComparisonSide b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (a.Status, b.Status) switch
        {
            (ComplianceStatus.NotInSet, ComplianceStatus.NotInSet) => ThresholdChange.Unchanged,
            (ComplianceStatus.NotInSet, _) => ThresholdChange.EnteredSet,
            (_, ComplianceStatus.NotInSet) => ThresholdChange.LeftSet,
            (ComplianceStatus.NotMet, ComplianceStatus.Met) => ThresholdChange.FlippedToMet,
            (ComplianceStatus.Met, ComplianceStatus.NotMet) => ThresholdChange.FlippedToNotMet,
            var (x, y) when x != y => ThresholdChange.StatusChanged,
            _ when !SameNumber(a.Threshold, b.Threshold) => ThresholdChange.ThresholdChanged,
            _ => ThresholdChange.Unchanged,
        };
    }

    private static ComparisonRow Join(
        ComplianceResult a, ComplianceResult b, int k, string indicator, CompiledRule? compiled, Dataset dataset,
        ThresholdPlan[] plans, string[] names, Dictionary<(string, string), List<ForecastRow>>[] outlook)
    {
        var value = a.Value ?? b.Value; // the same data; a side that is NotInSet reads none
        var thresholds = new[] { a.Threshold, b.Threshold };
        var gaps = new[] { a.Gap, b.Gap };
        if (compiled is { Indicators.Length: > 1 } && compiled.Rule.Comparator is { } comparator)
        {
            // A multi-indicator rule: the compliance row carries no single value; each indicator's comes from the panel, its threshold from the plans.
            var terrain = dataset.Counties.Find(a.County)?.Terrain ?? Terrain.None;
            var v = dataset.Panel.Value(a.County, indicator, a.Year);
            value = double.IsNaN(v) ? null : v;
            for (var s = 0; s < 2; s++)
            {
                var inSet = (s == 0 ? a : b).Status != ComplianceStatus.NotInSet;
                thresholds[s] = inSet ? plans[s].Resolve(a.Rule, terrain, k).Value : null;
                gaps[s] = value is { } x && thresholds[s] is { } t ? Precision.Difference(comparator.Gap(x, t), x, t) : null;
            }
        }

        var forecast = outlook.Select(o => o.GetValueOrDefault((a.County, a.Rule))?.FirstOrDefault(f => f.Indicator == indicator)).ToArray();
        var sideA = new ComparisonSide(names[0], thresholds[0], a.ThresholdSet, a.Status, gaps[0], forecast[0]?.ProbabilityMet);
        var sideB = new ComparisonSide(names[1], thresholds[1], b.ThresholdSet, b.Status, gaps[1], forecast[1]?.ProbabilityMet);
        var change = Classify(sideA, sideB);
        var synthetic = a.IsSynthetic || b.IsSynthetic || forecast.Any(f => f?.IsSynthetic == true);
        var message = (synthetic ? Sources.SyntheticMarker : string.Empty)
            + $"{Words(change)}: {names[0]} {Side(sideA, a)} → {names[1]} {Side(sideB, b)}"
            + (compiled is { Indicators.Length: > 1 } ? $"; status is the whole rule's ({compiled.Indicators.Length} indicators)" : string.Empty);
        return new ComparisonRow(a.County, a.Programme, a.Rule, indicator, a.Year, value, a.Comparator, forecast[0]?.Goal.Deadline ?? forecast[1]?.Goal.Deadline ?? compiled?.Rule.Deadline,
            sideA, sideB, change, message)
        { IsSynthetic = synthetic };
    }

    private static string Words(ThresholdChange change) => change switch
    {
        ThresholdChange.FlippedToMet => "flips to met",
        ThresholdChange.FlippedToNotMet => "flips to not met",
        ThresholdChange.ThresholdChanged => "threshold changes, status does not",
        ThresholdChange.EnteredSet => "enters the threshold set",
        ThresholdChange.LeftSet => "leaves the threshold set",
        ThresholdChange.StatusChanged => "status changes",
        _ => "unchanged",
    };

    private static string Side(ComparisonSide side, ComplianceResult result)
    {
        var text = side.Status.ToString();
        if (side.Status == ComplianceStatus.NotInSet)
        {
            return $"{text} (not part of threshold set '{side.ThresholdSet}')";
        }

        if (side.Threshold is { } t)
        {
            text += $" ({result.Comparator} {Number(t)}{(side.Gap is { } g ? $", gap {Number(g)}" : string.Empty)})";
        }

        if (side.Status is ComplianceStatus.Error or ComplianceStatus.NoData)
        {
            text += $" [{result.Message.Replace(Sources.SyntheticMarker, string.Empty, StringComparison.Ordinal)}]";
        }

        return text + (side.ProbabilityMet is { } p ? $", P(met) {p.ToString("0.00", CultureInfo.InvariantCulture)}" : string.Empty);
    }

    private static bool SameNumber(double? x, double? y) =>
        (x, y) switch
        {
            (null, null) => true,
            ({ } u, { } v) => Math.Abs(u - v) <= 1e-12 * Math.Max(1, Math.Max(Math.Abs(u), Math.Abs(v))),
            _ => false,
        };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
