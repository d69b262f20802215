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
/// the panel: which inputs were missing, the trend window's points and slope, the status label, the components'
/// values and thresholds, and the source of the primary value.
/// </summary>
internal readonly record struct RowFacts(InputMembers Missing, int Points, double Slope, string? Label, double[]? Values, double[]? Thresholds, int Source)
{
    public static RowFacts None { get; } = new(InputMembers.None, 0, double.NaN, null, null, null, -1);

    public static RowFacts From(RulePlan plan, in BuiltInput built)
    {
        ref readonly var x = ref built.Input;
        var combined = plan.Requirement == Requirement.Combined || x.Values.Length > 0;
        return new RowFacts(
            built.Missing,
            x.Points,
            x.Slope,
            plan.IsStatus ? x.Status : null,
            combined ? x.Values : null,
            combined ? x.Thresholds : null,
            built.Source);
    }
}

/// <summary>A stored compliance row as its message reads it.</summary>
internal readonly record struct RowMeasures(int Year, Terrain Terrain, double Value, double Threshold, bool Synthetic, RowFacts Facts);
