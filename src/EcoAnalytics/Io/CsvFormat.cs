using System.Globalization;

namespace EcoAnalytics.Io;

/// <summary>RFC 4180 CSV writing: the one place fields are quoted and numbers formatted for CSV output.</summary>
public static class CsvFormat
{
    /// <summary>
    /// The field as text: empty for null and NaN; doubles to 15 significant digits, which drops the last-digit noise of
    /// binary arithmetic (a gap of 86.23 − 90 is -3.77, not -3.770000000000003) and keeps every digit a measurement has;
    /// other numbers and dates in the invariant culture; quoted with quotes doubled when it holds a comma, quote or line
    /// break.
    /// </summary>
    /// <param name="value">The value.</param>
    public static string Field(object? value) => Escape(value switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d => Number(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    });

    /// <summary>A double as CSV and JSON outputs write it: 15 significant digits (<c>G15</c>), invariant culture.</summary>
    /// <param name="value">A finite value.</param>
    public static string Number(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>The text quoted, with quotes doubled, when it holds a comma, quote or line break; otherwise unchanged.</summary>
    /// <param name="text">The field's text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>Writes one record: the fields (see <see cref="Field"/>) joined by commas, then a line break.</summary>
    /// <param name="writer">The output.</param>
    /// <param name="fields">The record's values.</param>
    public static void WriteRow(TextWriter writer, IEnumerable<object?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        writer.WriteLine(string.Join(",", fields.Select(Field)));
    }
}
