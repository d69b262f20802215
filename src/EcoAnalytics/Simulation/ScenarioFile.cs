using System.Globalization;
using System.Text.Json;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Simulation;

/// <summary>
/// Reads a scenario file (<c>scenarios/schema.json</c> describes it):
/// <code>
/// { "scenarios": [ { "name": "sewage push", "steps": [ { "kind": "push", "target": "town_sewage_treatment", "perYear": 3, "from": 2024 } ] } ] }
/// </code>
/// Step fields by kind: push <c>perYear</c>, <c>from</c>; shock <c>size</c>, <c>year</c>; stall <c>from</c>; path
/// <c>values</c> (an object of year → value). A bad scenario is reported with the file and line of its name and left
/// out; the others are still read.
/// </summary>
public static class ScenarioFile
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads <paramref name="path"/>; the scenarios that could be read, and a diagnostic for each that could not.</summary>
    public static LoadResult<IReadOnlyList<Scenario>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadResult<IReadOnlyList<Scenario>>([], [Error($"cannot read the scenario file: {ex.Message}", path, null)]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses scenario-file text; <paramref name="file"/> names it in diagnostics.</summary>
    public static LoadResult<IReadOnlyList<Scenario>> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<Diagnostic>();
        var scenarios = new List<Scenario>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Error($"not valid JSON: {ProgrammeReader.PlainJsonMessage(ex)}", file, (int?)ex.LineNumber + 1));
            return new LoadResult<IReadOnlyList<Scenario>>(scenarios, diagnostics);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("scenarios", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(Error("expected an object with a \"scenarios\" array", file, 1));
                return new LoadResult<IReadOnlyList<Scenario>>(scenarios, diagnostics);
            }

            var number = 0;
            foreach (var element in list.EnumerateArray())
            {
                number++;
                var name = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                var line = name is null ? null : LineOf(text, name);
                try
                {
                    var scenario = ReadScenario(element, name, number);
                    if (scenarios.Any(s => s.Name == scenario.Name) || scenario.Name == Scenario.BaselineName)
                    {
                        throw new FormatException($"scenario '{scenario.Name}' is named twice (or takes the name of the baseline)");
                    }

                    scenarios.Add(scenario);
                }
                catch (Exception ex) when (ex is FormatException or InvalidOperationException)
                {
                    diagnostics.Add(Error(ex.Message, file, line));
                }
            }
        }

        return new LoadResult<IReadOnlyList<Scenario>>(scenarios, diagnostics);
    }

    private static Scenario ReadScenario(JsonElement element, string? name, int number)
    {
        if (element.ValueKind != JsonValueKind.Object || string.IsNullOrWhiteSpace(name))
        {
            throw new FormatException($"scenario {number}: expected an object with a non-empty \"name\"");
        }

        if (!element.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array || steps.GetArrayLength() == 0)
        {
            throw new FormatException($"scenario '{name}': expected a non-empty \"steps\" array");
        }

        var read = new List<ScenarioStep>();
        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            index++;
            try
            {
                read.Add(ReadStep(step));
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new FormatException($"scenario '{name}', step {index}: {ex.Message}", ex);
            }
        }

        var scenario = new Scenario(name, read);
        scenario.Validate();
        return scenario;
    }

    private static ScenarioStep ReadStep(JsonElement step)
    {
        if (step.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("expected an object with \"kind\" and \"target\"");
        }

        var kind = String(step, "kind");
        var target = String(step, "target");
        return kind switch
        {
            "push" => new PushStep(target, Number(step, "perYear"), Year(step, "from")),
            "shock" => new ShockStep(target, Number(step, "size"), Year(step, "year")),
            "stall" => new StallStep(target, Year(step, "from")),
            "path" => new PathStep(target, Values(step)),
            _ => throw new FormatException($"unknown kind '{kind}' (kinds: push, shock, stall, path)"),
        };
    }

    private static Dictionary<int, double> Values(JsonElement step)
    {
        if (!step.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a path needs \"values\": an object of year → value, e.g. { \"2024\": 90, \"2025\": 92 }");
        }

        var result = new Dictionary<int, double>();
        foreach (var property in values.EnumerateObject())
        {
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw new FormatException($"\"{property.Name}\" in \"values\" is not a year");
            }

            result[year] = property.Value.ValueKind == JsonValueKind.Number
                ? property.Value.GetDouble()
                : throw new FormatException($"the value for {year} is not a number");
        }

        return result;
    }

    private static string String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new FormatException($"\"{name}\" is missing or not a string");

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new FormatException($"\"{name}\" is missing or not a number");

    private static int Year(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year)
            ? year
            : throw new FormatException($"\"{name}\" is missing or not a whole year");

    private static int? LineOf(string text, string name)
    {
        var index = text.IndexOf(JsonSerializer.Serialize(name), StringComparison.Ordinal);
        if (index < 0)
        {
            index = text.IndexOf('"' + name + '"', StringComparison.Ordinal);
        }

        return index < 0 ? null : text.AsSpan(0, index).Count('\n') + 1;
    }

    private static Diagnostic Error(string message, string file, int? line) =>
        new(Severity.Error, DiagnosticCodes.InvalidScenario, message, file, line);
}
