using System.Text.RegularExpressions;

namespace EcoAnalytics.Cli.Output;

/// <summary>Command-line parser messages in plain words: no .NET type names.</summary>
internal static partial class ParseMessages
{
    /// <summary>
    /// "Cannot parse argument 'abc' for option '--year' as expected type 'System.Nullable`1[System.Int32]'." →
    /// "--year: 'abc' is not a whole number".
    /// </summary>
    public static string Plain(string message)
    {
        var m = CannotParse().Match(message);
        return m.Success ? $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not {Describe(m.Groups["type"].Value)}" : message;
    }

    private static string Describe(string type) => type switch
    {
        _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number (use '.' for decimals)",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a valid value",
    };

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex CannotParse();
}
