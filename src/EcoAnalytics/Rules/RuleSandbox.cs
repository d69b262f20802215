using System.Linq.Expressions;
using EcoAnalytics.Diagnostics;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace EcoAnalytics.Rules;

/// <summary>
/// Compiles rule expressions with RulesEngine's own parser under locked-down settings, then checks the parsed
/// tree against an allow-list before anything runs. Two layers: the parser only resolves types we register
/// (<c>AutoRegisterInputType = false</c>, <see cref="RuleFunctions"/> only), and <see cref="ExpressionGuard"/>
/// rejects anything the parser still lets through (e.g. <c>x.GetType().Assembly</c>).
/// </summary>
public static class RuleSandbox
{
    /// <summary>
    /// The settings every EcoAnalytics engine and parser uses: no auto-registered input types, our pure helpers
    /// only, no scoped params, no message templates, no automatic actions.
    /// </summary>
    internal static ReSettings Settings() => new()
    {
        AutoRegisterInputType = false,
        CustomTypes = [typeof(RuleFunctions)],
        EnableScopedParams = false,
        EnableFormattedErrorMessage = false,
        AutoExecuteActions = false,
        EnableExceptionAsErrorMessage = true,
        IsExpressionCaseSensitive = false,
    };

    private static readonly ParameterExpression Input = Expression.Parameter(typeof(RuleInput), RuleInput.ParameterName);

    // One parser for the process: building one scans every loaded assembly for [DynamicLinqType] (tens of ms).
    private static readonly Lazy<RuleExpressionParser> Parser = new(() => new RuleExpressionParser(Settings()));
    private static readonly Lock ParserLock = new();

    /// <summary>Parses, checks and compiles <paramref name="expression"/> into a delegate over <see cref="RuleInput"/>.</summary>
    public static CompiledExpression Compile(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression body;
        try
        {
            lock (ParserLock)
            {
                // Parsing takes well under a millisecond; the lock keeps the parser's lazy type caches single-threaded.
                body = Parser.Value.Parse(expression, [Input], typeof(bool));
            }
        }
        catch (Exception ex) when (ex is System.Linq.Dynamic.Core.Exceptions.ParseException or InvalidOperationException or ArgumentException)
        {
            return CompiledExpression.Failed(Classify(ex.Message), ex.Message);
        }

        var guard = new ExpressionGuard();
        guard.Visit(body);
        if (guard.Violation is { } violation)
        {
            return CompiledExpression.Failed(DiagnosticCodes.ForbiddenAccess, violation);
        }

        var lambda = Expression.Lambda<Func<RuleInput, bool>>(body, Input).Compile();
        return new CompiledExpression(lambda, guard.Members, null, null);
    }

    private static string Classify(string message) =>
        message.Contains("of type 'Boolean' expected", StringComparison.Ordinal) ? DiagnosticCodes.NonBooleanExpression
        : message.Contains("not found", StringComparison.Ordinal) || message.Contains("not accessible", StringComparison.Ordinal) ? DiagnosticCodes.ForbiddenAccess
        : DiagnosticCodes.InvalidExpression;
}

/// <summary>A compiled rule expression, or why it could not be compiled.</summary>
/// <param name="Evaluate">The compiled predicate; <c>null</c> on failure.</param>
/// <param name="Members">The <see cref="RuleInput"/> members the expression reads (decides NoData).</param>
/// <param name="ErrorCode">Diagnostic code on failure.</param>
/// <param name="Error">Failure message.</param>
public sealed record CompiledExpression(Func<RuleInput, bool>? Evaluate, IReadOnlySet<string> Members, string? ErrorCode, string? Error)
{
    internal static CompiledExpression Failed(string code, string message) => new(null, new HashSet<string>(), code, message);

    /// <summary>True when the expression compiled.</summary>
    public bool Success => Evaluate is not null;
}
