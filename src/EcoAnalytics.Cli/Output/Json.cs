using EcoAnalytics.Io;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EcoAnalytics.Cli.Output;

/// <summary>JSON output that keeps Chinese text readable.</summary>
internal static class Json
{
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(json);
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            // 15 significant digits, as in CSV: no binary-arithmetic noise in the last digit.
            json.WriteNumber(name, double.Parse(CsvFormat.Number(v), System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>An array of objects, one per row of cells named by <paramref name="columns"/> (strings, ints, doubles or null).</summary>
    public static void Rows(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        Write(writer, json =>
        {
            json.WriteStartArray();
            foreach (var values in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    var name = columns[i];
                    switch (values[i])
                    {
                        case null:
                            json.WriteNull(name);
                            break;
                        case string s:
                            json.WriteString(name, s);
                            break;
                        case int n:
                            json.WriteNumber(name, n);
                            break;
                        case double d:
                            Number(json, name, d);
                            break;
                        case var other:
                            json.WriteString(name, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
}
