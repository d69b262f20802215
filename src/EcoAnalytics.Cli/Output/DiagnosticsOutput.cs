using EcoAnalytics.Diagnostics;
using Spectre.Console;

namespace EcoAnalytics.Cli.Output;

/// <summary>Prints diagnostics as a table or JSON.</summary>
internal static class DiagnosticsOutput
{
    // Below this many columns for the message (or below its longest word, a URL or a path) a table would break
    // sentences and URLs into slivers: the diagnostics are printed as compiler-style lines instead, which the terminal wraps without cutting anything (and keeps the
    // file:line:column a terminal can open).
    private const int MinMessageWidth = 50;

    public static void Table(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, string title)
    {
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Sum(d => d.Count);
        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).Sum(d => d.Count);
        var notes = diagnostics.Where(d => d.Severity == Severity.Info).Sum(d => d.Count);
        if (diagnostics.Count > 0)
        {
            var where = diagnostics.Max(d => d.Location.Length);
            var fixedWidth = where + "Severity".Length + "ECO000".Length + 13; // the other columns, padding and borders
            var longestWord = diagnostics.Max(d => d.Message.Split(' ').Max(w => w.Length)); // a URL, a path: never broken
            if (console.Profile.Width - fixedWidth < Math.Max(MinMessageWidth, longestWord))
            {
                console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
                foreach (var d in diagnostics)
                {
                    console.MarkupLine($"{Markup.Escape(d.Location)}: [{Colour(d.Severity)}]{d.Severity.ToString().ToLowerInvariant()}[/] {d.Code}: {Markup.Escape(d.Message)}");
                }
            }
            else
            {
                var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Simple };
                table.AddColumns("Severity", "Code", "Where", "Message");
                table.Columns[0].NoWrap = table.Columns[1].NoWrap = table.Columns[2].NoWrap = true; // a location is never broken
                foreach (var d in diagnostics)
                {
                    table.AddRow($"[{Colour(d.Severity)}]{d.Severity.ToString().ToLowerInvariant()}[/]", d.Code, Markup.Escape(d.Location), Markup.Escape(d.Message));
                }

                console.Write(table);
            }
        }

        console.MarkupLine($"{Markup.Escape(title)}: [red]{errors} error(s)[/], [yellow]{warnings} warning(s)[/], {notes} note(s).");
    }

    private static string Colour(Severity severity) => severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };

    public static void Json(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics) =>
        Output.Json.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Where(d => d.Severity == Severity.Error).Sum(d => d.Count));
            json.WriteNumber("warnings", diagnostics.Where(d => d.Severity == Severity.Warning).Sum(d => d.Count));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                json.WriteString("code", d.Code);
                json.WriteString("file", d.File);
                WriteInt(json, "line", d.Line);
                WriteInt(json, "column", d.Column);
                json.WriteString("county", d.County);
                json.WriteString("indicator", d.Indicator);
                WriteInt(json, "year", d.Year);
                json.WriteString("rule", d.Rule);
                json.WriteString("message", d.Message);
                json.WriteNumber("count", d.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteInt(System.Text.Json.Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
