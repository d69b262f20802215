using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

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
    private readonly int _syntheticSource;
    private readonly int _assignedSyntheticSource;
    private readonly RulePlan[] _plans;

    public RuleInputBuilder(Panel panel, Panel assigned, CompiledProgramme programme, ThresholdPlan thresholds)
    {
        _panel = panel;
        _assigned = assigned;
        _syntheticSource = panel.SourceIdOf(Sources.Synthetic);
        _assignedSyntheticSource = assigned.SourceIdOf(Sources.Synthetic);
        Thresholds = thresholds;
        _plans = programme.AllRules.Select(MakePlan).ToArray();
    }

    public ThresholdPlan Thresholds { get; }

    public RulePlan Plan(CompiledRule rule) => _plans[rule.Index];

    public CountyContext Context(County county) => new(county, _panel.CountyIndex(county.Id), _assigned.CountyIndex(county.Id));

    // Returns by value: return buffers live on the stack, so filling the string and array fields needs no GC write barriers.
    public BuiltInput Build(RulePlan plan, in CountyContext county, int year)
    {
        BuiltInput result = default;
        var members = plan.Rule.Members;
        var c = county.Panel;
        var i = plan.PanelIndicators.Length > 0 ? plan.PanelIndicators[0] : -1;
        var missing = InputMembers.None;
        var synthetic = false;

        var value = Cell(c, i, year, ref synthetic, out result.Source);
        if (double.IsNaN(value))
        {
            missing |= InputMembers.Value;
            result.Source = -1;
        }

        var threshold = double.NaN;
        if (plan.Thresholds.Values.Length > 0 && (members & (InputMembers.Threshold | InputMembers.Thresholds)) != 0)
        {
            threshold = plan.Thresholds.Values[0][county.TerrainSlot];
            result.Error = plan.Thresholds.Errors[0][county.TerrainSlot];
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
            else
            {
                synthetic |= _assigned.SourceId(ac, ai, year) == _assignedSyntheticSource;
                result.AssignedLabel = plan.IsStatus ? _assigned.Label(ac, ai, year) : null;
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
                thresholds[k] = plan.Thresholds.Values[k][county.TerrainSlot];
                result.Error ??= plan.Thresholds.Errors[k][county.TerrainSlot];
                if (double.IsNaN(values[k]))
                {
                    missing |= InputMembers.Values;
                }
            }
        }

        result.Missing = missing & members;
        result.Synthetic = synthetic;
        result.Input = new RuleInput(county.County.Id, year, county.County.Terrain.Label(), value, threshold, previous, baseline, slope, points, assigned, status, values, thresholds);
        return result;
    }

    private double Cell(int county, int indicator, int year, ref bool synthetic) => Cell(county, indicator, year, ref synthetic, out _);

    private double Cell(int county, int indicator, int year, ref bool synthetic, out int source)
    {
        if (county < 0 || indicator < 0)
        {
            source = -1;
            return double.NaN;
        }

        var v = _panel.ValueAndSource(county, indicator, year, out source);
        synthetic |= source == _syntheticSource;
        return v;
    }

    private RulePlan MakePlan(CompiledRule compiled)
    {
        var rule = compiled.Rule;
        return new RulePlan
        {
            Rule = compiled,
            PanelIndicators = compiled.Indicators.Select(ind => _panel.Catalog.IndexOf(ind.Code)).ToArray(),
            AssignedIndicator = rule.AssignedIndicator is { } key ? _assigned.Catalog.IndexOf(key)
                : compiled.Indicators.Length == 0 ? -1 : _assigned.Catalog.IndexOf(compiled.Indicators[0].Code),
            Thresholds = Thresholds[compiled],
            Requirement = rule.Requirement,
            Comparator = rule.Comparator ?? Comparator.AtLeast,
            IsStatus = compiled.Indicators.Length > 0 && compiled.Indicators[0].Kind == IndicatorKind.Status,
            Window = rule.Window,
            MinPoints = rule.MinPoints,
            BaselineYear = rule.BaselineYear,
        };
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
