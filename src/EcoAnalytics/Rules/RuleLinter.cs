using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Rules;

/// <summary>
/// Checks rule files beyond what RulesEngine checks: unique rule names, known indicators, sandboxed boolean
/// expressions, thresholds as parameters (never literals), declared comparators that match the expressions,
/// known threshold sets, provenance, and that stock RulesEngine loads the file.
/// </summary>
public static partial class RuleLinter
{
    /// <summary>Lints one rule file against <paramref name="catalog"/>.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string path, IndicatorCatalog catalog) => LintAndCompile(path, catalog).Diagnostics;

    /// <summary>
    /// Lints one rule file and returns the programme it compiled on the way (null when the file is not a programme at
    /// all), so that a command that runs the rules reads and compiles the file once.
    /// </summary>
    public static LoadResult<CompiledProgramme?> LintAndCompile(string path, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var read = ProgrammeReader.Read(path);
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (read.Value is not { } programme)
        {
            return new LoadResult<CompiledProgramme?>(null, diagnostics);
        }

        var compiled = CompiledProgramme.Compile(programme, catalog);
        diagnostics.AddRange(compiled.Diagnostics);
        DuplicateNames(path, programme, diagnostics);
        foreach (var rule in programme.AllRules)
        {
            CheckRule(path, programme, rule, catalog, diagnostics);
        }

        foreach (var rule in compiled.AllRules)
        {
            ProbeComparator(path, rule, diagnostics);
            ProbeChange(path, rule, diagnostics);
        }

        StockLoad(path, diagnostics);
        return new LoadResult<CompiledProgramme?>(compiled, diagnostics.OrderBy(d => d.Line ?? 0).ToList());
    }

    private static void DuplicateNames(string path, Programme programme, List<Diagnostic> diagnostics)
    {
        var text = File.ReadAllText(path);
        foreach (var group in programme.AllRules.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var lines = RuleNameLine().Matches(text)
                .Where(m => m.Groups[1].Value == group.Key)
                .Select(m => text.AsSpan(0, m.Index).Count('\n') + 1)
                .ToList();
            foreach (var line in lines.Skip(1))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateRule, $"rule name '{group.Key}' is already used on line {lines[0]} (RulesEngine fails on the first execution with duplicate names)", path, line) { Rule = group.Key });
            }
        }
    }

    private static void CheckRule(string path, Programme programme, ProgrammeRule rule, IndicatorCatalog catalog, List<Diagnostic> diagnostics)
    {
        void Report(Severity severity, string code, string message) =>
            diagnostics.Add(new Diagnostic(severity, code, message, path, rule.Line) { Rule = rule.Name });

        foreach (var set in rule.Thresholds.Keys.Where(s => !programme.ThresholdSets.ContainsKey(s)))
        {
            Report(Severity.Error, DiagnosticCodes.UnknownThresholdSet, $"threshold set '{set}' is not declared in Programme.thresholdSets ({string.Join(", ", programme.ThresholdSets.Keys)})");
        }

        if (rule.Expression is { } expression && LiteralNumber().Match(expression) is { Success: true } literal)
        {
            Report(Severity.Error, DiagnosticCodes.InvalidRuleProperties, $"the expression contains the number {literal.Value}: thresholds belong in Properties.thresholds and reach the expression as x.Threshold");
        }

        var indicator = catalog.Find(rule.Indicator);
        var problem = rule.Requirement switch
        {
            Requirement.Status when indicator is { Kind: not IndicatorKind.Status } => $"a status rule needs a status indicator; '{rule.Indicator}' is {indicator.Kind}",
            Requirement.Status when rule.Thresholds.Values.Any(t => t is not ThresholdSpec.Status) => "a status rule's thresholds must be status labels",
            Requirement.Status when indicator is not null && rule.Thresholds.Values.OfType<ThresholdSpec.Status>().FirstOrDefault(t => StatusScale.LevelOf(t.Label, indicator.Scale) is null) is { } off =>
                $"'{off.Label}' is not on the {StatusScale.Describe(indicator.Scale)} of '{rule.Indicator}' ({string.Join(", ", StatusScale.LabelsOf(indicator.Scale).Keys)})",
            Requirement.Terrain when rule.Thresholds.Values.Any(t => t is not ThresholdSpec.ByTerrain) => "a terrain rule's thresholds must be keyed by terrain class",
            Requirement.Combined when rule.Indicators.Count < 2 => "a combined rule needs \"indicators\" with at least two codes",
            Requirement.Improving when rule.Expression?.Contains("Slope", StringComparison.OrdinalIgnoreCase) == false => "an improving rule must test x.Slope",
            Requirement.NotDecreasing when rule.Expression?.Contains("Baseline", StringComparison.OrdinalIgnoreCase) == false => "a not_decreasing rule must compare with x.Baseline",
            Requirement.Assigned when rule.Expression?.Contains("Assigned", StringComparison.OrdinalIgnoreCase) == false && rule.Expression?.Contains("Threshold", StringComparison.OrdinalIgnoreCase) == false => "an assigned rule must compare with x.Assigned",
            Requirement.AssignedChange when rule.AssignedIndicator is { } key && catalog.Find(key) is not { ChangeOf: not null } =>
                $"assignedIndicator '{key}' is not a change-size indicator of the catalog (indicators.csv column change_of)",
            Requirement.AssignedChange when catalog.Find(rule.AssignedIndicator ?? string.Empty)?.ChangeOf is { } level && level != rule.Indicator =>
                $"assignedIndicator '{rule.AssignedIndicator}' measures the change of '{level}', but the rule reads '{rule.Indicator}'",
            Requirement.AssignedChange when rule.Comparator is not Comparator.AtLeast => "an assigned_change rule asks for at least the assigned change: comparator >=",
            _ => null,
        };
        if (problem is not null)
        {
            Report(Severity.Error, DiagnosticCodes.InvalidRuleProperties, problem);
        }

        if (indicator is not null && rule.Comparator is { } comparator && rule.Requirement is Requirement.Threshold or Requirement.Terrain)
        {
            var lowerIsBetter = indicator.Direction == Direction.LowerIsBetter;
            var asksLower = comparator is Comparator.AtMost or Comparator.Below;
            if (lowerIsBetter != asksLower)
            {
                Report(Severity.Warning, DiagnosticCodes.ComparatorMismatch, $"'{rule.Indicator}' is {(lowerIsBetter ? "lower" : "higher")}-is-better but the rule asks for {comparator.Symbol()}");
            }
        }
    }

    /// <summary>
    /// Evaluates an <see cref="Requirement.AssignedChange"/> expression with a change just below, at and above the
    /// assigned one (direction-adjusted: a rise for a higher-is-better level, a fall for a lower-is-better one) and
    /// checks it agrees with "the change is at least the assigned change".
    /// </summary>
    private static void ProbeChange(string path, CompiledRule rule, List<Diagnostic> diagnostics)
    {
        if (rule.Evaluate is null || rule.Rule.Requirement != Requirement.AssignedChange || rule.Indicators.Length == 0)
        {
            return;
        }

        const double previous = 50, assigned = 2;
        var sign = rule.Indicators[0].Sign;
        foreach (var change in new[] { assigned - 1, assigned, assigned + 1 })
        {
            var value = previous + (sign * change);
            var input = new RuleInput("probe", 2000, "山区", value, double.NaN, previous, double.NaN, double.NaN, 0, assigned, string.Empty, [], []);
            bool actual;
            try
            {
                actual = rule.Evaluate(input);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return;
            }

            if (actual != (change >= assigned))
            {
                diagnostics.Add(new Diagnostic(
                    Severity.Error,
                    DiagnosticCodes.ComparatorMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"the expression \"{rule.Rule.Expression}\" gives {actual} for {rule.Rule.Indicator} {previous} → {value} (a {(sign > 0 ? "rise" : "fall")} of {change}) against an assigned change of {assigned}; an assigned_change rule holds when the {(sign > 0 ? "rise (x.Value - x.Previous)" : "fall (x.Previous - x.Value)")} is at least x.Assigned"),
                    path,
                    rule.Rule.Line)
                { Rule = rule.Rule.Name });
                return;
            }
        }
    }

    /// <summary>Evaluates simple threshold expressions just below, at and above the threshold and compares with the declared comparator.</summary>
    private static void ProbeComparator(string path, CompiledRule rule, List<Diagnostic> diagnostics)
    {
        if (rule.Evaluate is null || rule.Rule.Comparator is not { } comparator || (rule.Members & ~(InputMembers.Value | InputMembers.Threshold)) != 0 || !rule.Members.HasFlag(InputMembers.Value))
        {
            return;
        }

        const double threshold = 50;
        foreach (var value in new[] { threshold - 1, threshold, threshold + 1 })
        {
            var input = new RuleInput("probe", 2000, "山区", value, threshold, double.NaN, double.NaN, double.NaN, 0, double.NaN, string.Empty, [], []);
            bool actual;
            try
            {
                actual = rule.Evaluate(input);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return;
            }

            if (actual != comparator.Holds(value, threshold))
            {
                diagnostics.Add(new Diagnostic(
                    Severity.Error,
                    DiagnosticCodes.ComparatorMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"the expression \"{rule.Rule.Expression}\" gives {actual} for value {value} and threshold {threshold}, but the declared comparator '{comparator.Symbol()}' gives {!actual}"),
                    path,
                    rule.Rule.Line)
                { Rule = rule.Rule.Name });
                return;
            }
        }
    }

    private static void StockLoad(string path, List<Diagnostic> diagnostics)
    {
        try
        {
            var workflow = StockEngine.Deserialize(File.ReadAllText(path));
            var input = new RuleInput("lint", 2023, "山区", 1, 1, 1, 1, 1, 3, 1, "建立", [1, 1, 1], [1, 1, 1]);
            foreach ((string rule, string message) in StockEngine.FindFailuresAsync(workflow, input).GetAwaiter().GetResult())
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidExpression, $"stock RulesEngine cannot run the rule: {message}", path) { Rule = rule });
            }
        }
        catch (Exception ex) when (ex is JsonException or RulesEngine.Exceptions.RuleValidationException or ArgumentException or InvalidOperationException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.InvalidWorkflow, $"stock RulesEngine 6.0.1 does not load the file: {ex.Message}", path));
        }
    }

    [GeneratedRegex("\"RuleName\"\\s*:\\s*\"([^\"]*)\"")]
    private static partial Regex RuleNameLine();

    /// <summary>A number literal other than 0 (slope sign) and array indices.</summary>
    [GeneratedRegex(@"(?<![\[\w.])(?:0*[1-9]\d*(?:\.\d+)?|0\.\d*[1-9]\d*)(?![\]\w])")]
    private static partial Regex LiteralNumber();
}
