using System.Globalization;
using System.Text;

namespace EcoAnalytics.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Informational: nothing is wrong, but the user should know (e.g. the file was decoded as GB18030).</summary>
    Info,

    /// <summary>The input is accepted but suspicious (e.g. two fields that contradict each other).</summary>
    Warning,

    /// <summary>The row, rule or file could not be used; everything else still is.</summary>
    Error,
}

/// <summary>
/// One finding about an input: where it is (file, line, column), what it concerns (county, indicator, year, rule)
/// and what is wrong. Expected input problems are reported as diagnostics, never thrown.
/// </summary>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Code">A stable identifier such as <c>ECO104</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">A sentence naming the offending value and what was expected.</param>
/// <param name="File">The file the finding is about, as the user named it; <c>null</c> for in-memory input.</param>
/// <param name="Line">1-based physical line in <paramref name="File"/>, or <c>null</c>.</param>
/// <param name="Column">1-based column (CSV field) or character position, or <c>null</c>.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string? File = null, int? Line = null, int? Column = null)
{
    /// <summary>The county the finding concerns, if any.</summary>
    public string? County { get; init; }

    /// <summary>The indicator code the finding concerns, if any.</summary>
    public string? Indicator { get; init; }

    /// <summary>The year the finding concerns, if any.</summary>
    public int? Year { get; init; }

    /// <summary>The rule name the finding concerns, if any.</summary>
    public string? Rule { get; init; }

    /// <summary>
    /// How many findings this diagnostic stands for: 1, or for the summary that ends a capped group (see
    /// <see cref="DiagnosticCap"/>) the number of findings of that code and file it replaces.
    /// </summary>
    public int Count { get; init; } = 1;

    /// <summary>True for <see cref="Severity.Error"/>.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>Location prefix in compiler style: <c>file:line:column</c>.</summary>
    public string Location
    {
        get
        {
            var sb = new StringBuilder(File ?? "<input>");
            if (Line is { } line)
            {
                sb.Append(CultureInfo.InvariantCulture, $":{line}");
                if (Column is { } column)
                {
                    sb.Append(CultureInfo.InvariantCulture, $":{column}");
                }
            }

            return sb.ToString();
        }
    }

    /// <summary>Formats as <c>file:line:col: error ECO104: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}");
}
