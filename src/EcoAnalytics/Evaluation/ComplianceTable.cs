using System.Runtime.CompilerServices;
using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Internal;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Evaluation;

/// <summary>
/// The result of evaluating a programme: one row per rule, county and year. Stored column-wise; rows and their
/// explanation messages are materialised only when read, so national-scale evaluations stay cheap.
/// </summary>
public sealed class ComplianceTable : IReadOnlyList<ComplianceResult>
{
    /// <summary>
    /// The columns of the DataFrame (<c>EcoAnalytics.Frames</c>), CSV and JSON output, in order. <c>value_label</c> and
    /// <c>threshold_label</c> are a status rule's labels as printed (<see cref="ComplianceResult.ValueLabel"/>,
    /// <see cref="ComplianceResult.ThresholdLabel"/>) beside the numeric <c>value</c> and <c>threshold</c>.
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["county", "year", "workflow", "rule", "indicator", "value", "threshold", "threshold_set", "comparator", "status", "gap", "message", "source", "synthetic", "value_label", "threshold_label"];

    private readonly CompiledProgramme _programme;
    private readonly ThresholdPlan _thresholds;
    private readonly List<County> _counties = [];
    private readonly Dictionary<string, int> _countyIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _messages = [];
    private readonly Dictionary<int, string> _unknownCounties = [];
    private int[] _county;
    private int[] _year;
    private int[] _rule;
    private double[] _value;
    private double[] _threshold;
    private double[] _gap;
    private ComplianceStatus[] _status;
    private bool[] _synthetic;
    private RowFacts[] _facts;

    internal ComplianceTable(CompiledProgramme programme, Panel panel, ThresholdPlan thresholds, EvaluationOptions options, int capacity)
    {
        _programme = programme;
        _thresholds = thresholds;
        Panel = panel;
        Options = options;
        capacity = Math.Max(capacity, 16);
        _county = new int[capacity];
        _year = new int[capacity];
        _rule = new int[capacity];
        _value = new double[capacity];
        _threshold = new double[capacity];
        _gap = new double[capacity];
        _status = new ComplianceStatus[capacity];
        _synthetic = new bool[capacity];
        _facts = new RowFacts[capacity];
    }

    /// <summary>The programme evaluated.</summary>
    public Programme Programme => _programme.Programme;

    /// <summary>The panel the values come from.</summary>
    public Panel Panel { get; }

    /// <summary>The options used.</summary>
    public EvaluationOptions Options { get; }

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <summary>Rows with the given status.</summary>
    public int CountOf(ComplianceStatus status) => _status.AsSpan(0, Count).Count(status);

    /// <summary>Rows that read at least one synthetic (generated) value.</summary>
    public int SyntheticCount => _synthetic.AsSpan(0, Count).Count(true);

    /// <summary>The status of a row without materialising it.</summary>
    public ComplianceStatus StatusAt(int index) => _status[index];

    /// <inheritdoc/>
    public ComplianceResult this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            if (_unknownCounties.TryGetValue(index, out var unknown))
            {
                return new ComplianceResult(unknown, 0, Programme.Name, string.Empty, string.Empty, null, null, string.Empty, string.Empty, ComplianceStatus.Error, null, _messages[index]);
            }

            var rule = _programme.AllRules[_rule[index]];
            var county = _counties[_county[index]];
            var labels = ComplianceMessages.Labels(rule, _thresholds[rule], _facts[index], _threshold[index], _programme.Catalog);
            var (value, gap) = Rounded(index, rule, county);
            return new ComplianceResult(
                county.Id,
                _year[index],
                Programme.Name,
                rule.Rule.Name,
                rule.Rule.Indicator,
                Nullable(value),
                Nullable(_threshold[index]),
                _thresholds[rule].Set,
                rule.Rule.Comparator?.Symbol() ?? string.Empty,
                _status[index],
                Nullable(gap),
                _messages.TryGetValue(index, out var stored) ? ComplianceMessages.Decorate(stored, _synthetic[index]) : Describe(index, rule, county))
            {
                IsSynthetic = _synthetic[index],
                Source = _facts[index].Source >= 0 ? Panel.SourceText(_facts[index].Source) : null,
                ValueLabel = labels.Value,
                ThresholdLabel = labels.Threshold,
            };
        }
    }

    /// <inheritdoc/>
    public IEnumerator<ComplianceResult> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    // Derived numbers to the data's precision (Internal.Precision), when a row is read rather than on the evaluation's
    // hot path: an improving rule's value (its slope) to three more decimals than the window's points; a gap to the
    // decimals of its value and threshold. A multi-indicator rule's gap comes rounded from its components.
    private (double Value, double Gap) Rounded(int index, CompiledRule rule, County county)
    {
        var (value, threshold, gap) = (_value[index], _threshold[index], _gap[index]);
        if (rule.Rule.Requirement == Requirement.Improving && !double.IsNaN(value))
        {
            var decimals = 0;
            for (var y = _year[index] - rule.Rule.Window + 1; y <= _year[index]; y++)
            {
                decimals = Math.Max(decimals, Precision.Decimals(Panel.Value(county.Id, rule.Rule.Indicator, y)));
            }

            value = Precision.Slope(value, decimals);
        }

        return double.IsNaN(value) || double.IsNaN(threshold) ? (value, gap) : (value, Precision.Difference(gap, value, threshold));
    }

    private string Describe(int index, CompiledRule rule, County county)
    {
        var row = new RowMeasures(_year[index], county.Terrain, _value[index], _threshold[index], _synthetic[index], _facts[index]);
        return ComplianceMessages.Describe(rule, _thresholds[rule], row, _status[index], _programme.Catalog, county.Id);
    }

    internal int AddCounty(County county)
    {
        if (!_countyIndex.TryGetValue(county.Id, out var c))
        {
            c = _counties.Count;
            _counties.Add(county);
            _countyIndex.Add(county.Id, c);
        }

        return c;
    }

    internal void AddUnknownCounty(string id, string message)
    {
        var i = Next();
        _unknownCounties[i] = id;
        _messages[i] = message;
        _status[i] = ComplianceStatus.Error;
        _value[i] = _threshold[i] = _gap[i] = double.NaN;
        _facts[i] = RowFacts.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per rule result: see ProgrammeEvaluator.Evaluate
    internal void Add(RulePlan plan, int county, int year, in BuiltInput built, ComplianceStatus status, string? message)
    {
        var i = Next();
        (_county[i], _year[i], _rule[i]) = (county, year, plan.Rule.Index);
        _status[i] = status;
        _synthetic[i] = built.Synthetic;
        (_value[i], _threshold[i], _gap[i]) = ComplianceMessages.Measures(plan, in built);
        _facts[i] = built.Input.County is null ? RowFacts.None : RowFacts.From(plan, in built);
        if (message is not null)
        {
            _messages[i] = message;
        }
    }

    internal void AddComposite(RulePlan plan, int county, int year, ComplianceStatus status, string? error)
    {
        var rule = plan.Rule;
        var parts = new List<string>();
        var synthetic = false;
        var notInSet = 0;
        for (var k = Count - 1; k >= 0 && parts.Count < rule.Components.Count; k--)
        {
            if (_county[k] == county && _year[k] == year && rule.Components.Any(c => c.Index == _rule[k]))
            {
                parts.Insert(0, $"{_programme.AllRules[_rule[k]].Rule.Indicator} {_status[k]}");
                synthetic |= _synthetic[k];
                notInSet += _status[k] == ComplianceStatus.NotInSet ? 1 : 0;
            }
        }

        var i = Next();
        (_county[i], _year[i], _rule[i]) = (county, year, rule.Index);
        _status[i] = status;
        _synthetic[i] = synthetic;
        _value[i] = _threshold[i] = _gap[i] = double.NaN;
        _facts[i] = RowFacts.None;
        _messages[i] = error ?? $"all of {parts.Count} components must be met: {string.Join(", ", parts)}"
            + (notInSet > 0 ? $" ({notInSet} not part of threshold set '{plan.Set}', not counted)" : string.Empty);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per rule result: see ProgrammeEvaluator.Evaluate
    private int Next()
    {
        if (Count == _county.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _county, size);
            Array.Resize(ref _year, size);
            Array.Resize(ref _rule, size);
            Array.Resize(ref _value, size);
            Array.Resize(ref _threshold, size);
            Array.Resize(ref _gap, size);
            Array.Resize(ref _status, size);
            Array.Resize(ref _synthetic, size);
            Array.Resize(ref _facts, size);
        }

        return Count++;
    }
}
