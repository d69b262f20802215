using System.Text.Json;
using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Rules;

/// <summary>Reads a rule's <c>Properties</c> object (see <c>rules/README.md</c>) into a <see cref="ProgrammeRule"/>.</summary>
internal static class RulePropertiesReader
{
    public static ProgrammeRule Read(string name, string? expression, JsonElement properties, Action<string, string> problem)
    {
        string? Str(string key) => ProgrammeReader.Str(properties, key);
        int? Int(string key) =>
            properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

        var indicators = new List<string>();
        if (Str("indicator") is { Length: > 0 } indicator)
        {
            indicators.Add(indicator);
        }

        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("indicators", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.GetString() is { Length: > 0 } code && !indicators.Contains(code))
                {
                    indicators.Add(code);
                }
            }
        }

        var requirementText = Str("requirement");
        var requirement = ParseRequirement(requirementText);
        if (properties.ValueKind == JsonValueKind.Object)
        {
            if (indicators.Count == 0)
            {
                problem(DiagnosticCodes.InvalidRuleProperties, "\"indicator\" (or \"indicators\") is missing");
            }

            if (requirement is null)
            {
                problem(DiagnosticCodes.InvalidRuleProperties, $"\"requirement\" '{requirementText}' is not one of threshold, terrain, not_decreasing, improving, eliminated, status, assigned, assigned_change, combined, all");
            }
        }

        var comparatorText = Str("comparator");
        var comparator = Comparators.Parse(comparatorText);
        if (requirement is not (null or Requirement.All) && comparator is null)
        {
            problem(DiagnosticCodes.InvalidRuleProperties, $"\"comparator\" '{comparatorText}' is not one of >=, >, <=, <, ==");
        }

        var thresholds = ReadThresholds(properties, requirement ?? Requirement.Threshold, indicators, problem);
        if (requirement is Requirement.Threshold or Requirement.Terrain or Requirement.Eliminated or Requirement.Status or Requirement.Combined && thresholds.Count == 0)
        {
            problem(DiagnosticCodes.InvalidRuleProperties, "\"thresholds\" is missing: a " + requirementText + " rule needs at least one threshold set");
        }

        int? baselineYear = null;
        var baselinePrevious = false;
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("baseline", out var baseline))
        {
            if (baseline.ValueKind == JsonValueKind.Number && baseline.TryGetInt32(out var year))
            {
                baselineYear = year;
            }
            else if (baseline.ValueKind == JsonValueKind.String && baseline.GetString() == "previous")
            {
                baselinePrevious = true;
            }
            else
            {
                problem(DiagnosticCodes.InvalidRuleProperties, "\"baseline\" must be a year or \"previous\"");
            }
        }
        else if (requirement == Requirement.NotDecreasing)
        {
            baselinePrevious = true;
        }

        var assignedIndicator = Str("assignedIndicator") is { Length: > 0 } ai ? ai : null;
        if (requirement == Requirement.AssignedChange && assignedIndicator is null)
        {
            problem(DiagnosticCodes.InvalidRuleProperties, "\"assignedIndicator\" is missing: an assigned_change rule reads the assigned change under the code of a change-size indicator (e.g. good_air_ratio_increase)");
        }
        else if (requirement is not (null or Requirement.AssignedChange) && assignedIndicator is not null)
        {
            problem(DiagnosticCodes.InvalidRuleProperties, "\"assignedIndicator\" belongs to assigned_change rules only");
        }

        var sourceProblem = false;
        var source = new RuleSource(string.Empty, 0, string.Empty, string.Empty);
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            var line = s.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out var n) ? n : 0;
            source = new RuleSource(ProgrammeReader.Str(s, "document") ?? string.Empty, line, ProgrammeReader.Str(s, "item") ?? string.Empty, ProgrammeReader.Str(s, "quote") ?? string.Empty);
            sourceProblem = source.Document.Length == 0 || source.Line <= 0 || source.Quote.Length == 0;
        }
        else
        {
            sourceProblem = properties.ValueKind == JsonValueKind.Object;
        }

        if (sourceProblem)
        {
            problem(DiagnosticCodes.InvalidRuleProperties, "\"source\" must give the seed \"document\", its \"line\" and the \"quote\" the rule comes from");
        }

        return new ProgrammeRule
        {
            Name = name,
            Expression = expression,
            Requirement = requirement ?? Requirement.Threshold,
            Indicators = indicators,
            AssignedIndicator = assignedIndicator,
            Comparator = comparator,
            Thresholds = thresholds,
            BaselineYear = baselineYear,
            BaselineIsPrevious = baselinePrevious,
            Window = Math.Max(2, Int("window") ?? 3),
            MinPoints = Math.Max(2, Int("minPoints") ?? 3),
            Deadline = Int("deadline"),
            Binding = Str("binding"),
            Lead = Str("lead"),
            Responsible = Str("responsible"),
            Note = Str("note"),
            Source = source,
        };
    }

    private static Requirement? ParseRequirement(string? text) =>
        text switch
        {
            "threshold" => Requirement.Threshold,
            "terrain" => Requirement.Terrain,
            "not_decreasing" => Requirement.NotDecreasing,
            "improving" => Requirement.Improving,
            "eliminated" => Requirement.Eliminated,
            "status" => Requirement.Status,
            "assigned" => Requirement.Assigned,
            "assigned_change" => Requirement.AssignedChange,
            "combined" => Requirement.Combined,
            "all" => Requirement.All,
            _ => null,
        };

    private static Dictionary<string, ThresholdSpec> ReadThresholds(JsonElement properties, Requirement requirement, List<string> indicators, Action<string, string> problem)
    {
        var result = new Dictionary<string, ThresholdSpec>(StringComparer.Ordinal);
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty("thresholds", out var thresholds))
        {
            return result;
        }

        if (thresholds.ValueKind != JsonValueKind.Object)
        {
            problem(DiagnosticCodes.InvalidRuleProperties, "\"thresholds\" must be an object: threshold-set name → threshold");
            return result;
        }

        foreach (var set in thresholds.EnumerateObject())
        {
            var spec = ReadSpec(set.Value, requirement, indicators, out var error);
            if (spec is null)
            {
                problem(DiagnosticCodes.InvalidRuleProperties, $"threshold set '{set.Name}': {error}");
                continue;
            }

            result[set.Name] = spec;
        }

        return result;
    }

    private static ThresholdSpec? ReadSpec(JsonElement value, Requirement requirement, List<string> indicators, out string? error)
    {
        error = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                return new ThresholdSpec.Number(value.GetDouble());
            case JsonValueKind.String:
                var label = value.GetString()!;
                if (StatusScale.LevelOnAnyScale(label) is null)
                {
                    error = $"'{label}' is neither a number nor a label on a status scale (ladder: {string.Join(", ", StatusScale.Labels.Keys)}; invasion: 明显, 不明显; water_class: Ⅰ类–Ⅴ类, 劣Ⅴ类)";
                    return null;
                }

                return new ThresholdSpec.Status(label);
            case JsonValueKind.Object:
                var map = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var entry in value.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.Number)
                    {
                        error = $"'{entry.Name}' must map to a number";
                        return null;
                    }

                    map[entry.Name] = entry.Value.GetDouble();
                }

                if (requirement == Requirement.Combined || map.Keys.All(indicators.Contains))
                {
                    var missing = indicators.Where(i => !map.ContainsKey(i)).ToList();
                    if (missing.Count > 0)
                    {
                        error = $"no threshold for {string.Join(", ", missing)}";
                        return null;
                    }

                    return new ThresholdSpec.ByIndicator(map);
                }

                var unknown = map.Keys.Where(k => Terrains.Parse(k) is null or Terrain.None).ToList();
                if (unknown.Count > 0)
                {
                    error = $"keys {string.Join(", ", unknown)} are neither terrain classes ({Terrains.ClassList}) nor the rule's indicators";
                    return null;
                }

                return new ThresholdSpec.ByTerrain(map.ToDictionary(kv => Terrains.Parse(kv.Key)!.Value, kv => kv.Value));
            default:
                error = "must be a number, a status label, or an object keyed by terrain class or indicator";
                return null;
        }
    }
}
