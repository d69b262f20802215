using System.Runtime.CompilerServices;
using EcoAnalytics.Catalog;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>What the builder found for one rule, county and year.</summary>
internal struct BuiltInput
{
    public RuleInput Input;
    public InputMembers Missing;
    public string? Error;
    public bool Synthetic;

    /// <summary>For a status rule of kind <c>assigned</c>: the completion state the upper level assigned (e.g. 完成).</summary>
    public string? AssignedLabel;

    /// <summary>The panel source id of the primary value; -1 when there is none.</summary>
    public int Source;
}

/// <summary>A county resolved once per evaluation: its rows in the panels and its terrain slot.</summary>
internal readonly record struct CountyContext(County County, int Panel, int Assigned)
{
    public int TerrainSlot => (int)County.Terrain;
}

/// <summary>A rule resolved once per evaluation: indicator positions in the panels and its thresholds.</summary>
internal sealed class RulePlan
{
    public required CompiledRule Rule { get; init; }

    public required int[] PanelIndicators { get; init; }

    public required int AssignedIndicator { get; init; }

    public required RuleThresholds Thresholds { get; init; }

    public string Set => Thresholds.Set;

    public string? Note => Thresholds.Note;

    // Hot-path copies of the rule's fields.
    public required Requirement Requirement { get; init; }

    public required Comparator Comparator { get; init; }

    public required bool IsStatus { get; init; }

    public required int Window { get; init; }

    public required int MinPoints { get; init; }

    public required int? BaselineYear { get; init; }
}

/// <summary>
/// What a compliance row keeps, beside its value, threshold and gap, to explain itself later without going back to
/// the panel: which inputs were missing, the trend window's points and slope, the status label or the components'
/// values and thresholds (one reference: rows of other rules carry neither), and the source of the primary value.
/// 32 bytes a row.
/// </summary>
internal readonly struct RowFacts
{
    private readonly object? _extra;

    private RowFacts(InputMembers missing, int points, double slope, object? extra, int source)
    {
        Missing = missing;
        Points = points;
        Slope = slope;
        _extra = extra;
        Source = source;
    }

    public static RowFacts None { get; } = new(InputMembers.None, 0, double.NaN, null, -1);

    public InputMembers Missing { get; }

    public int Points { get; }

    public double Slope { get; }

    /// <summary>The panel source id of the primary value; -1 when there is none.</summary>
    public int Source { get; }

    /// <summary>The observed status label of a status rule.</summary>
    public string? Label => _extra as string ?? (_extra as StatusPair)?.Observed;

    /// <summary>The assigned status label of a status rule of kind <c>assigned</c>.</summary>
    public string? AssignedLabel => (_extra as StatusPair)?.Assigned;

    /// <summary>A multi-indicator rule's values, in <c>indicators</c> order.</summary>
    public double[]? Values => (_extra as Components)?.Values;

    /// <summary>A multi-indicator rule's thresholds, same order.</summary>
    public double[]? Thresholds => (_extra as Components)?.Thresholds;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per rule result: see ProgrammeEvaluator.Evaluate
    public static RowFacts From(RulePlan plan, in BuiltInput built)
    {
        ref readonly var x = ref built.Input;
        object? extra = plan.Requirement == Requirement.Combined || x.Values.Length > 0 ? new Components(x.Values, x.Thresholds)
            : plan.IsStatus && built.AssignedLabel is not null ? new StatusPair(x.Status, built.AssignedLabel)
            : plan.IsStatus ? x.Status
            : null;
        return new RowFacts(built.Missing, x.Points, x.Slope, extra, built.Source);
    }

    private sealed record Components(double[] Values, double[] Thresholds);

    private sealed record StatusPair(string Observed, string Assigned);
}

/// <summary>A stored compliance row as its message reads it.</summary>
internal readonly record struct RowMeasures(int Year, Terrain Terrain, double Value, double Threshold, bool Synthetic, RowFacts Facts);
