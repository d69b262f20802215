using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>What the builder found for one rule, county and year.</summary>
internal struct BuiltInput
{
    public RuleInput Input;
    public InputMembers Missing;
    public string ThresholdSet;
    public string? ThresholdNote;
    public string? Error;
    public bool Synthetic;
    public string? Source;
}

/// <summary>
/// Builds the <see cref="RuleInput"/> for a rule, county and year from the panels, filling only the members the
/// expression reads, and records which of them are missing (→ NoData) and which thresholds apply.
/// </summary>
internal sealed class RuleInputBuilder
{
    private static readonly double[] NoValues = [];

    private readonly Panel _panel;
    private readonly Panel _assigned;
    private readonly Programme _programme;
    private readonly EvaluationOptions _options;
    private readonly Dictionary<string, ThresholdOverride> _overrides;

    public RuleInputBuilder(Panel panel, Panel assigned, Programme programme, EvaluationOptions options)
    {
        _panel = panel;
        _assigned = assigned;
        _programme = programme;
        _options = options;
        _overrides = options.Overrides.GroupBy(o => o.Target, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    public BuiltInput Build(CompiledRule compiled, County county, int year)
    {
        var rule = compiled.Rule;
        var c = _panel.CountyIndex(county.Id);
        var members = compiled.Members | InputMembers.Value;
        var result = new BuiltInput { ThresholdSet = ChooseSet(rule, out var setNote), ThresholdNote = setNote };
        var missing = InputMembers.None;
        var primary = compiled.Indicators.Length > 0 ? compiled.Indicators[0] : null;
        var i = primary is null ? -1 : _panel.Catalog.IndexOf(primary.Code);

        double Cell(int indicator, int y, ref bool synthetic)
        {
            if (c < 0 || indicator < 0)
            {
                return double.NaN;
            }

            var v = _panel.Value(c, indicator, y);
            if (!double.IsNaN(v) && _panel.Source(c, indicator, y) == Sources.Synthetic)
            {
                synthetic = true;
            }

            return v;
        }

        var synthetic = false;
        var value = Cell(i, year, ref synthetic);
        if (double.IsNaN(value))
        {
            missing |= InputMembers.Value;
        }

        result.Source = c >= 0 && i >= 0 ? _panel.Source(c, i, year) : null;

        var threshold = double.NaN;
        if (primary is not null && (members & (InputMembers.Threshold | InputMembers.Thresholds)) != 0)
        {
            threshold = ResolveThreshold(rule, primary.Code, result.ThresholdSet, county.Terrain, ref result);
        }

        var previous = (members & InputMembers.Previous) != 0 || rule.BaselineIsPrevious ? Cell(i, year - 1, ref synthetic) : double.NaN;
        var baseline = double.NaN;
        if ((members & InputMembers.Baseline) != 0)
        {
            baseline = rule.BaselineYear is { } by ? Cell(i, by, ref synthetic) : previous;
            if (double.IsNaN(baseline))
            {
                missing |= InputMembers.Baseline;
            }
        }

        if ((members & InputMembers.Previous) != 0 && double.IsNaN(previous))
        {
            missing |= InputMembers.Previous;
        }

        double slope = double.NaN;
        var points = 0;
        if ((members & (InputMembers.Slope | InputMembers.Points)) != 0)
        {
            (slope, points) = Trend(c, i, year, rule.Window, ref synthetic);
            if (points < rule.MinPoints)
            {
                slope = double.NaN;
                missing |= InputMembers.Slope;
            }
        }

        var assigned = double.NaN;
        if ((members & InputMembers.Assigned) != 0)
        {
            var ac = _assigned.CountyIndex(county.Id);
            var ai = primary is null ? -1 : _assigned.Catalog.IndexOf(primary.Code);
            assigned = ac < 0 || ai < 0 ? double.NaN : _assigned.Value(ac, ai, year);
            if (double.IsNaN(assigned))
            {
                missing |= InputMembers.Assigned;
            }
            else if (_assigned.Source(ac, ai, year) == Sources.Synthetic)
            {
                synthetic = true;
            }

            threshold = assigned;
        }

        var status = c >= 0 && i >= 0 ? _panel.Label(c, i, year) ?? string.Empty : string.Empty;
        if ((members & InputMembers.Status) != 0 && status.Length == 0)
        {
            missing |= InputMembers.Status;
        }

        var values = NoValues;
        var thresholds = NoValues;
        if ((members & (InputMembers.Values | InputMembers.Thresholds)) != 0)
        {
            values = new double[compiled.Indicators.Length];
            thresholds = new double[compiled.Indicators.Length];
            for (var k = 0; k < values.Length; k++)
            {
                var code = compiled.Indicators[k].Code;
                values[k] = Cell(_panel.Catalog.IndexOf(code), year, ref synthetic);
                thresholds[k] = ResolveThreshold(rule, code, result.ThresholdSet, county.Terrain, ref result);
                if (double.IsNaN(values[k]))
                {
                    missing |= InputMembers.Values;
                }
            }
        }

        result.Missing = missing & compiled.Members;
        result.Synthetic = synthetic;
        result.Input = new RuleInput(county.Id, year, county.Terrain, value, threshold, previous, baseline, slope, points, assigned, status, values, thresholds);
        return result;
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

    private double ResolveThreshold(ProgrammeRule rule, string indicator, string set, string terrain, ref BuiltInput result)
    {
        if (_overrides.TryGetValue(rule.Name, out var byRule) || _overrides.TryGetValue(indicator, out byRule))
        {
            result.ThresholdNote = Append(result.ThresholdNote, $"threshold overridden ({byRule})");
            return byRule.Value;
        }

        if (!rule.Thresholds.TryGetValue(set, out var spec))
        {
            return double.NaN;
        }

        var value = spec.Resolve(terrain, indicator, out var error);
        if (error is not null)
        {
            result.Error = Append(result.Error, error);
        }

        return value;
    }

    private static string Append(string? text, string more) => text is null ? more : $"{text}; {more}";

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
            var v = _panel.Value(county, indicator, y);
            if (double.IsNaN(v))
            {
                continue;
            }

            if (_panel.Source(county, indicator, y) == Sources.Synthetic)
            {
                synthetic = true;
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
