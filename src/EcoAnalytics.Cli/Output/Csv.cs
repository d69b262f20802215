using System.Globalization;

namespace EcoAnalytics.Cli.Output;

/// <summary>RFC 4180 CSV writing with invariant-culture numbers.</summary>
internal static class Csv
{
    public static void WriteRow(TextWriter writer, IEnumerable<object?> fields) =>
        writer.WriteLine(string.Join(",", fields.Select(Field)));

    public static string Field(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            double d when double.IsNaN(d) => string.Empty,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
