using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>What the builder found for one rule, county and year.</summary>
internal struct BuiltInput
{
    public RuleInput Input;
    public InputMembers Missing;
    public string? Error;
    public bool Synthetic;
}

/// <summary>A county resolved once per evaluation: its rows in the panels and its terrain slot.</summary>
internal readonly record struct CountyContext(County County, int Panel, int Assigned, int TerrainSlot);

/// <summary>A rule resolved once per evaluation: indicator positions, threshold set, thresholds per terrain slot.</summary>
internal sealed class RulePlan
{
    public required CompiledRule Rule { get; init; }

    public required int[] PanelIndicators { get; init; }

    public required int AssignedIndicator { get; init; }

    public required string Set { get; init; }

    public required int SetIndex { get; init; }

    public string? Note { get; init; }

    /// <summary>[indicator k][terrain slot] → threshold (NaN when none).</summary>
    public required double[][] Thresholds { get; init; }

    /// <summary>[indicator k][terrain slot] → why there is no threshold, or null.</summary>
    public required string?[][] Errors { get; init; }

    // Hot-path copies of the rule's fields.
    public required Requirement Requirement { get; init; }

    public required Comparator Comparator { get; init; }

    public required bool IsStatus { get; init; }

    public required int Window { get; init; }

    public required int MinPoints { get; init; }

    public required int? BaselineYear { get; init; }
}

/// <summary>
/// Builds the <see cref="RuleInput"/> for a rule, county and year from the panels, filling only the members the
/// expression reads, and records which of them are missing (→ NoData) and which thresholds apply. Everything that
/// does not depend on the county-year is resolved once in <see cref="Plan"/>.
/// </summary>
internal sealed class RuleInputBuilder
{
    private static readonly double[] NoValues = [];

    private readonly Panel _panel;
    private readonly Panel _assigned;
    private readonly Programme _programme;
    private readonly EvaluationOptions _options;
    private readonly Dictionary<string, ThresholdOverride> _overrides;
    private readonly int _syntheticSource;
    private readonly int _assignedSyntheticSource;
    private readonly RulePlan[] _plans;

    public RuleInputBuilder(Panel panel, Panel assigned, CompiledProgramme programme, EvaluationOptions options)
    {
        _panel = panel;
        _assigned = assigned;
        _programme = programme.Programme;
        _options = options;
        _overrides = options.Overrides.GroupBy(o => o.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _syntheticSource = panel.SourceIdOf(Sources.Synthetic);
        _assignedSyntheticSource = assigned.SourceIdOf(Sources.Synthetic);
        Sets = [];
        _plans = programme.AllRules.Select(MakePlan).ToArray();
    }

    /// <summary>Threshold-set names by <see cref="RulePlan.SetIndex"/>.</summary>
    public List<string> Sets { get; }

    public RulePlan Plan(CompiledRule rule) => _plans[rule.Index];

    public CountyContext Context(County county) =>
        new(county, _panel.CountyIndex(county.Id), _assigned.CountyIndex(county.Id), TerrainSlot(county.Terrain));

    private static int TerrainSlot(string terrain)
    {
        for (var t = 0; t < County.TerrainClasses.Count; t++)
        {
            if (County.TerrainClasses[t] == terrain)
            {
                return t;
            }
        }

        return County.TerrainClasses.Count;
    }

    // Returns by value: return buffers live on the stack, so filling the string and array fields needs no GC write barriers.
    public BuiltInput Build(RulePlan plan, in CountyContext county, int year)
    {
        BuiltInput result = default;
        var members = plan.Rule.Members;
        var c = county.Panel;
        var i = plan.PanelIndicators.Length > 0 ? plan.PanelIndicators[0] : -1;
        var missing = InputMembers.None;
        var synthetic = false;

        var value = Cell(c, i, year, ref synthetic);
        if (double.IsNaN(value))
        {
            missing |= InputMembers.Value;
        }

        var threshold = double.NaN;
        if (plan.Thresholds.Length > 0 && (members & (InputMembers.Threshold | InputMembers.Thresholds)) != 0)
        {
            threshold = plan.Thresholds[0][county.TerrainSlot];
            result.Error = plan.Errors[0][county.TerrainSlot];
        }

        var previous = double.NaN;
        if ((members & InputMembers.Previous) != 0 || ((members & InputMembers.Baseline) != 0 && plan.BaselineYear is null))
        {
            previous = Cell(c, i, year - 1, ref synthetic);
            if ((members & InputMembers.Previous) != 0 && double.IsNaN(previous))
            {
                missing |= InputMembers.Previous;
            }
        }

        var baseline = double.NaN;
        if ((members & InputMembers.Baseline) != 0)
        {
            baseline = plan.BaselineYear is { } by ? Cell(c, i, by, ref synthetic) : previous;
            if (double.IsNaN(baseline))
            {
                missing |= InputMembers.Baseline;
            }
        }

        var slope = double.NaN;
        var points = 0;
        if ((members & (InputMembers.Slope | InputMembers.Points)) != 0)
        {
            (slope, points) = Trend(c, i, year, plan.Window, ref synthetic);
            if (points < plan.MinPoints)
            {
                slope = double.NaN;
                missing |= InputMembers.Slope;
            }
        }

        var assigned = double.NaN;
        if ((members & InputMembers.Assigned) != 0)
        {
            var ac = county.Assigned;
            var ai = plan.AssignedIndicator;
            assigned = ac < 0 || ai < 0 ? double.NaN : _assigned.Value(ac, ai, year);
            if (double.IsNaN(assigned))
            {
                missing |= InputMembers.Assigned;
            }
            else if (_assigned.SourceId(ac, ai, year) == _assignedSyntheticSource)
            {
                synthetic = true;
            }

            threshold = assigned;
        }

        var status = string.Empty;
        if (plan.IsStatus && c >= 0 && i >= 0)
        {
            status = _panel.Label(c, i, year) ?? string.Empty;
        }

        if ((members & InputMembers.Status) != 0 && status.Length == 0)
        {
            missing |= InputMembers.Status;
        }

        var values = NoValues;
        var thresholds = NoValues;
        if ((members & (InputMembers.Values | InputMembers.Thresholds)) != 0)
        {
            values = new double[plan.PanelIndicators.Length];
            thresholds = new double[plan.PanelIndicators.Length];
            for (var k = 0; k < values.Length; k++)
            {
                values[k] = Cell(c, plan.PanelIndicators[k], year, ref synthetic);
                thresholds[k] = plan.Thresholds[k][county.TerrainSlot];
                result.Error ??= plan.Errors[k][county.TerrainSlot];
                if (double.IsNaN(values[k]))
                {
                    missing |= InputMembers.Values;
                }
            }
        }

        result.Missing = missing & members;
        result.Synthetic = synthetic;
        result.Input = new RuleInput(county.County.Id, year, county.County.Terrain, value, threshold, previous, baseline, slope, points, assigned, status, values, thresholds);
        return result;
    }

    private double Cell(int county, int indicator, int year, ref bool synthetic)
    {
        if (county < 0 || indicator < 0)
        {
            return double.NaN;
        }

        var v = _panel.ValueAndSource(county, indicator, year, out var source);
        synthetic |= source == _syntheticSource;
        return v;
    }

    private RulePlan MakePlan(CompiledRule compiled)
    {
        var rule = compiled.Rule;
        var set = ChooseSet(rule, out var note);
        var setIndex = Sets.IndexOf(set);
        if (setIndex < 0)
        {
            setIndex = Sets.Count;
            Sets.Add(set);
        }

        var slots = County.TerrainClasses.Count + 1;
        var thresholds = new double[compiled.Indicators.Length][];
        var errors = new string?[compiled.Indicators.Length][];
        for (var k = 0; k < compiled.Indicators.Length; k++)
        {
            thresholds[k] = new double[slots];
            errors[k] = new string?[slots];
            var code = compiled.Indicators[k].Code;
            for (var slot = 0; slot < slots; slot++)
            {
                var terrain = slot < County.TerrainClasses.Count ? County.TerrainClasses[slot] : string.Empty;
                (thresholds[k][slot], errors[k][slot], var overridden) = ResolveThreshold(rule, code, set, terrain);
                if (overridden is not null && !(note ?? string.Empty).Contains(overridden, StringComparison.Ordinal))
                {
                    note = note is null ? overridden : $"{note}; {overridden}";
                }
            }
        }

        return new RulePlan
        {
            Rule = compiled,
            PanelIndicators = compiled.Indicators.Select(ind => _panel.Catalog.IndexOf(ind.Code)).ToArray(),
            AssignedIndicator = compiled.Indicators.Length == 0 ? -1 : _assigned.Catalog.IndexOf(compiled.Indicators[0].Code),
            Set = set,
            SetIndex = setIndex,
            Note = note,
            Thresholds = thresholds,
            Errors = errors,
            Requirement = rule.Requirement,
            Comparator = rule.Comparator ?? Comparator.AtLeast,
            IsStatus = compiled.Indicators.Length > 0 && compiled.Indicators[0].Kind == IndicatorKind.Status,
            Window = rule.Window,
            MinPoints = rule.MinPoints,
            BaselineYear = rule.BaselineYear,
        };
    }

    private string ChooseSet(ProgrammeRule rule, out string? note)
    {
        note = null;
        var wanted = _options.ThresholdSet ?? _programme.DefaultThresholdSet;
        if (rule.Thresholds.Count == 0 || rule.Thresholds.ContainsKey(wanted))
        {
            return wanted;
        }

        var fallback = rule.Thresholds.ContainsKey(_programme.DefaultThresholdSet) ? _programme.DefaultThresholdSet : rule.Thresholds.Keys.First();
        note = $"no '{wanted}' threshold for this rule; used '{fallback}'";
        return fallback;
    }

    private (double Value, string? Error, string? Override) ResolveThreshold(ProgrammeRule rule, string indicator, string set, string terrain)
    {
        if (_overrides.TryGetValue(rule.Name, out var byRule) || _overrides.TryGetValue(indicator, out byRule))
        {
            return (byRule.Value, null, $"threshold overridden ({byRule})");
        }

        if (!rule.Thresholds.TryGetValue(set, out var spec))
        {
            return (double.NaN, null, null);
        }

        var value = spec.Resolve(terrain, indicator, out var error);
        return (value, error, null);
    }

    /// <summary>OLS slope per year over the window ending at <paramref name="year"/>, and the number of points used.</summary>
    private (double Slope, int Points) Trend(int county, int indicator, int year, int window, ref bool synthetic)
    {
        if (county < 0 || indicator < 0)
        {
            return (double.NaN, 0);
        }

        double n = 0, sumT = 0, sumV = 0, sumTT = 0, sumTV = 0;
        for (var y = year - window + 1; y <= year; y++)
        {
            var v = Cell(county, indicator, y, ref synthetic);
            if (double.IsNaN(v))
            {
                continue;
            }

            double t = y - year;
            n++;
            sumT += t;
            sumV += v;
            sumTT += t * t;
            sumTV += t * v;
        }

        var denominator = (n * sumTT) - (sumT * sumT);
        return n < 2 || denominator == 0 ? (double.NaN, (int)n) : (((n * sumTV) - (sumT * sumV)) / denominator, (int)n);
    }
}
