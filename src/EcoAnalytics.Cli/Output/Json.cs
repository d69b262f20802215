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
}
