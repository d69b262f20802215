using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Rules;

/// <summary>The <see cref="RuleInput"/> members an expression reads.</summary>
[Flags]
internal enum InputMembers
{
    None = 0,
    Value = 1,
    Threshold = 2,
    Previous = 4,
    Baseline = 8,
    Slope = 16,
    Points = 32,
    Assigned = 64,
    Status = 128,
    Values = 256,
    Thresholds = 512,
}

/// <summary>One rule ready to run: indicators resolved against the catalog, expression compiled once.</summary>
internal sealed record CompiledRule(
    int Index,
    ProgrammeRule Rule,
    Indicator[] Indicators,
    Func<RuleInput, bool>? Evaluate,
    InputMembers Members,
    string? Error,
    IReadOnlyList<CompiledRule> Components);

/// <summary>
/// A programme compiled against a catalog: every expression parsed, sandbox-checked and compiled once. Rules that
/// cannot compile stay in the programme and yield Error rows; their problems are in <see cref="Diagnostics"/>.
/// </summary>
public sealed class CompiledProgramme
{
    private CompiledProgramme(Programme programme, IndicatorCatalog catalog, IReadOnlyList<CompiledRule> rules, IReadOnlyList<CompiledRule> all, IReadOnlyList<Diagnostic> diagnostics)
    {
        Programme = programme;
        Catalog = catalog;
        Rules = rules;
        AllRules = all;
        Diagnostics = diagnostics;
    }

    /// <summary>The programme.</summary>
    public Programme Programme { get; }

    /// <summary>The catalog indicators were resolved against.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>Problems found while compiling (unknown indicators, invalid or forbidden expressions).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    internal IReadOnlyList<CompiledRule> Rules { get; }

    internal IReadOnlyList<CompiledRule> AllRules { get; }

    /// <summary>
    /// Reads the rule file at <paramref name="path"/> and compiles it: the file's problems and the compilation's, in one
    /// list. The value is null only when the file cannot be read as a programme at all.
    /// </summary>
    /// <param name="path">A programme rule file (a RulesEngine workflow).</param>
    /// <param name="catalog">The catalog indicators are resolved against.</param>
    public static LoadResult<CompiledProgramme?> Load(string path, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(catalog);
        var read = ProgrammeReader.Read(path);
        if (read.Value is null)
        {
            return new LoadResult<CompiledProgramme?>(null, read.Diagnostics);
        }

        var compiled = Compile(read.Value, catalog);
        return new LoadResult<CompiledProgramme?>(compiled, [.. read.Diagnostics, .. compiled.Diagnostics]);
    }

    /// <summary>Compiles every enabled rule of <paramref name="programme"/>.</summary>
    public static CompiledProgramme Compile(Programme programme, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(catalog);
        var diagnostics = new List<Diagnostic>();
        var all = new List<CompiledRule>();
        var top = programme.Rules.Where(r => r.Enabled).Select(r => CompileRule(r, programme, catalog, diagnostics, all)).ToList();
        return new CompiledProgramme(programme, catalog, top, all, diagnostics);
    }

    private static CompiledRule CompileRule(ProgrammeRule rule, Programme programme, IndicatorCatalog catalog, List<Diagnostic> diagnostics, List<CompiledRule> all)
    {
        var components = rule.Components.Where(c => c.Enabled).Select(c => CompileRule(c, programme, catalog, diagnostics, all)).ToList();
        var errors = new List<string>();
        if (rule.LoadError is { } loadError)
        {
            errors.Add(loadError);
        }

        var indicators = new List<Indicator>();
        foreach (var code in rule.Indicators)
        {
            if (catalog.Find(code) is { } indicator)
            {
                indicators.Add(indicator);
            }
            else
            {
                var message = catalog.UnknownMessage(code);
                errors.Add(message);
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.RuleUnknownIndicator, message, programme.File, rule.Line) { Rule = rule.Name, Indicator = code });
            }
        }

        Func<RuleInput, bool>? evaluate = null;
        var members = InputMembers.None;
        if (rule.Requirement != Requirement.All && !string.IsNullOrWhiteSpace(rule.Expression))
        {
            var compiled = RuleSandbox.Compile(rule.Expression);
            if (compiled.Success)
            {
                evaluate = compiled.Evaluate;
                members = compiled.Members.Aggregate(InputMembers.None, (m, name) => m | (Enum.TryParse<InputMembers>(name, out var flag) ? flag : InputMembers.None));
            }
            else
            {
                errors.Add(compiled.Error!);
                diagnostics.Add(new Diagnostic(Severity.Error, compiled.ErrorCode!, $"expression \"{rule.Expression}\": {compiled.Error}", programme.File, rule.Line) { Rule = rule.Name });
            }
        }

        var result = new CompiledRule(all.Count, rule, [.. indicators], errors.Count == 0 ? evaluate : null, members, errors.Count == 0 ? null : string.Join("; ", errors), components);
        all.Add(result);
        return result;
    }
}
