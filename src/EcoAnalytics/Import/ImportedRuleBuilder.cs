using System.Globalization;
using System.Text.Json.Nodes;
using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Import;

/// <summary>Rows of annex tables → rules: pairs names with threshold values, checks them against the catalog, writes JSON.</summary>
internal sealed partial class ImportedRuleBuilder(IndicatorCatalog catalog, RuleImportOptions options, List<Diagnostic> diagnostics)
{
    private readonly JsonArray _rules = [];
    private readonly Dictionary<string, string> _sets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private int? _deadline;

    public void DeclareSets(AnnexHeader header)
    {
        foreach (var (key, printed) in header.Sets.Values)
        {
            _sets.TryAdd(key, printed);
        }

        _deadline ??= header.Deadline;
    }

    public void AddRow(AnnexTable table, AnnexHeader header, AnnexRow row, string domain, string task)
    {
        var nameColumn = header.Column(AnnexColumn.Indicator);
        var reading = NameReading.Read(row[nameColumn], catalog);
        foreach (var (words, close) in reading.Unknown)
        {
            var hint = close.Count == 0 ? " (no close alias; add one to indicators.csv aliases_zh if the wording is the catalog's measure)" : $" (did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?)";
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnknownIndicatorName, $"no catalog indicator is named '{words}'{hint}; the name is not guessed", table.File, row.Number, nameColumn + 1));
        }

        if (reading.Unknown.Count > 0 || reading.Parts.Count == 0)
        {
            return;
        }

        var number = AnnexHeader.Compact(row[header.Column(AnnexColumn.Number)]);
        var context = new RowContext(table, row, number, Item(table, row, number, domain, task), Quote(header, row));
        var units = Units(row[header.Column(AnnexColumn.Unit)], reading.Parts.Count);
        var perSet = new Dictionary<string, IReadOnlyList<ParsedThreshold?>?>(StringComparer.Ordinal);
        var heading = new Dictionary<string, ParsedThreshold?>(StringComparer.Ordinal);
        foreach (var (column, (key, printed)) in header.Sets)
        {
            var text = row[column];
            if (text.Length == 0 || text is "/" or "-" or "—")
            {
                continue;
            }

            var parsed = ThresholdText.Parse(text, out var error) ?? ThresholdClauses.PerIndicator(text, reading.Parts);
            if (parsed is null && ThresholdClauses.Read(text, reading) is { } clauses)
            {
                ReadClauses(clauses, (key, printed), text, reading, context, column, heading, perSet);
                continue;
            }

            if (parsed is null)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.UnparsedThreshold, $"{key} ({printed}): {error}", table.File, row.Number, column + 1));
            }

            perSet[key] = parsed is null ? null : Pair(parsed, reading, context, column, key);
        }

        var common = new CommonProperties(Binding(row[header.Column(AnnexColumn.Binding)]), Cell(row, header.Column(AnnexColumn.Lead)), Cell(row, header.Column(AnnexColumn.Responsible)));
        if (HeadingRule(reading, perSet, heading, context, common, units.Count == 1 ? units[0] : null))
        {
            return;
        }

        var rules = new List<JsonObject>();
        for (var k = 0; k < reading.Parts.Count; k++)
        {
            var bySet = perSet.ToDictionary(p => p.Key, p => p.Value is { } list ? (list.Count == 1 ? list[0] : list[k]) : null);
            var suffix = reading.Parts.Count > 1 ? ((char)('a' + k)).ToString() : string.Empty;
            var unit = units.Count == 1 ? units[0] : units[k];
            rules.AddRange(Rules(ByPrintedUnit(reading.Parts[k], unit, context), bySet, context, common, unit, suffix));
        }

        if (reading.Composite && reading.Group is { } parent && perSet.Values.Any(v => v is { Count: > 1 }))
        {
            var composite = new JsonObject
            {
                ["RuleName"] = RuleName(context, string.Empty, parent.Code),
                ["Operator"] = "And",
                ["Properties"] = Properties(parent, Requirement.All, null, null, null, _deadline, context, common, null),
                ["Rules"] = new JsonArray(rules.ToArray<JsonNode?>()),
            };
            _rules.Add(composite);
            return;
        }

        foreach (var rule in rules)
        {
            _rules.Add(rule);
        }
    }

    public ImportedRules Build()
    {
        var sets = new JsonObject();
        foreach (var (key, printed) in _sets)
        {
            sets[key] = printed;
        }

        var programme = new JsonObject
        {
            ["county"] = options.County,
            ["title"] = options.Name ?? string.Empty,
            ["document"] = options.Document ?? string.Empty,
            ["thresholdSets"] = sets,
            ["defaultThresholdSet"] = _sets.ContainsKey("target") ? "target" : _sets.Keys.FirstOrDefault() ?? "target",
            ["note"] = "Imported by eco rules import from the annex table(s) of " + (options.Document ?? "the file") + "; thresholds as printed, no threshold or department added.",
        };
        var document = new JsonObject
        {
            ["WorkflowName"] = options.Name ?? "imported",
            ["Programme"] = programme,
            ["Rules"] = _rules,
        };
        return new ImportedRules(document, _rules.Count);
    }

    private IReadOnlyList<ParsedThreshold?>? Pair(IReadOnlyList<ParsedThreshold> parsed, NameReading reading, RowContext context, int column, string set)
    {
        var n = reading.Parts.Count;
        if (parsed.Count == 1 || parsed.Count == n)
        {
            return parsed;
        }

        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.ImportedRowUnusable, $"{set}: {parsed.Count} values for {n} indicators ({string.Join(", ", reading.Parts.Select(p => p.Code))}); they cannot be paired", context.Table.File, context.Row.Number, column + 1));
        return null;
    }

    /// <summary>
    /// A name whose catalog unit disagrees with the unit printed beside it, where exactly one other indicator has the printed
    /// unit and names the same measure (its name or an alias contains one of this one's), is read as that one: 优良天数 printed
    /// in % is the share of good-air days, not their count. Said in a warning; with no or several such indicators the name
    /// stands as matched (and the unit warning follows). Never a choice between several.
    /// </summary>
    private Indicator ByPrintedUnit(Indicator indicator, string? unit, RowContext context)
    {
        if (unit is null || AnnexHeader.Compact(unit) == AnnexHeader.Compact(indicator.Unit))
        {
            return indicator;
        }

        var names = indicator.AliasesZh.Append(indicator.NameZh).Where(n => n.Length >= 2).ToList();
        var same = catalog.Where(c => !ReferenceEquals(c, indicator) && AnnexHeader.Compact(c.Unit) == AnnexHeader.Compact(unit)
            && c.AliasesZh.Append(c.NameZh).Any(a => names.Any(n => a.Contains(n, StringComparison.Ordinal)))).ToList();
        if (same is not [var only])
        {
            return indicator;
        }

        Report(Severity.Warning, DiagnosticCodes.UnitMismatch, $"the name reads as '{indicator.Code}' ({indicator.Unit}) but the table prints '{unit}', the unit of '{only.Code}' ({only.NameZh}), the one indicator of that unit naming the same measure: read as '{only.Code}'", context, only.Code);
        return only;
    }

    private bool Fits(Indicator indicator, ParsedThreshold parsed, string set, RowContext context)
    {
        string? why = parsed.Requirement switch
        {
            Requirement.Status when indicator.Kind != IndicatorKind.Status => $"'{parsed.Label}' is a status label, but '{indicator.Code}' is measured in {indicator.Unit}",
            Requirement.Status when StatusScale.LevelOf(parsed.Label, indicator.Scale) is null => $"'{parsed.Label}' is not on the {StatusScale.Describe(indicator.Scale)} of '{indicator.Code}'",
            Requirement.Threshold or Requirement.Terrain or Requirement.NotDecreasing or Requirement.Improving when indicator.Kind == IndicatorKind.Status => $"'{parsed.Text}' is a number or trend, but '{indicator.Code}' is a status (labels such as 建立)",
            _ => null,
        };
        if (why is not null)
        {
            Report(Severity.Error, DiagnosticCodes.ImportedRowUnusable, $"{set}: {why}; the value is left out of the rule", context, indicator.Code);
        }

        return why is null;
    }

    private static (string Comparator, string Expression) Expression(ParsedThreshold p, Indicator indicator)
    {
        var lower = indicator.Direction == Direction.LowerIsBetter;
        return p.Requirement switch
        {
            Requirement.Improving => lower ? ("<", "x.Slope < 0") : (">", "x.Slope > 0"),
            Requirement.NotDecreasing => (">=", "x.Value >= x.Baseline"),
            Requirement.Assigned => (lower ? "<=" : ">=", $"x.Value {(lower ? "<=" : ">=")} x.Assigned" + (p.WithTrend ? $" && x.Slope {(lower ? "<=" : ">=")} 0" : string.Empty)),
            _ => (p.Comparator.Symbol(), $"x.Value {p.Comparator.Symbol()} x.Threshold"),
        };
    }

    private static JsonObject? Thresholds(Dictionary<string, ParsedThreshold> usable)
    {
        var kind = usable.Values.First().Requirement;
        if (kind is Requirement.Improving or Requirement.NotDecreasing or Requirement.Assigned)
        {
            return null;
        }

        var thresholds = new JsonObject();
        foreach (var (set, p) in usable)
        {
            thresholds[set] = kind switch
            {
                Requirement.Status => JsonValue.Create(p.Label),
                Requirement.Terrain => new JsonObject(p.ByTerrain!.Select(t => KeyValuePair.Create(t.Key.Label(), (JsonNode?)JsonValue.Create(t.Value)))),
                _ => JsonValue.Create(p.Value ?? 0),
            };
        }

        return thresholds;
    }

    private static string? Note(ParsedThreshold p) => p switch
    {
        { SignImplied: true, Qualifier: { } q } => $"printed without a sign, '{q}' in brackets: read as >= {p.Value?.ToString(CultureInfo.InvariantCulture)}.",
        { SignImplied: true } => $"{p.Value?.ToString(CultureInfo.InvariantCulture)} printed without a sign: read as >= {p.Value?.ToString(CultureInfo.InvariantCulture)}.",
        { Requirement: Requirement.Improving } => $"{p.Text}: improving, OLS slope over the last 3 years.",
        { Requirement: Requirement.NotDecreasing } => $"{p.Text}: not below the previous year.",
        { Requirement: Requirement.Eliminated } => $"{p.Text}: the count must be 0 (implied, not printed).",
        { Requirement: Requirement.Assigned } => $"{p.Text}: the target the upper level assigns (datasets/assigned-targets.csv).",
        _ => null,
    };

    private JsonObject Properties(Indicator indicator, Requirement requirement, string? comparator, JsonObject? thresholds, ParsedThreshold? p, int? deadline, RowContext context, CommonProperties common, string? note)
    {
        var properties = new JsonObject { ["indicator"] = indicator.Code, ["requirement"] = RequirementName(requirement) };
        if (comparator is not null)
        {
            properties["comparator"] = comparator;
        }

        if (thresholds is not null)
        {
            properties["thresholds"] = thresholds;
        }

        if (p?.Requirement == Requirement.NotDecreasing)
        {
            properties["baseline"] = "previous";
        }

        if (p is { Requirement: Requirement.Improving } or { WithTrend: true })
        {
            properties["window"] = 3;
        }

        Set(properties, "deadline", deadline);
        Set(properties, "binding", common.Binding);
        Set(properties, "lead", common.Lead);
        Set(properties, "responsible", common.Responsible);
        properties["source"] = new JsonObject
        {
            ["document"] = options.Document ?? context.Table.File,
            ["line"] = context.Row.Number,
            ["item"] = context.Item,
            ["quote"] = context.Quote,
        };
        Set(properties, "note", note);
        return properties;
    }

    private static void Set<T>(JsonObject properties, string key, T? value)
    {
        if (value is not null && !(value is string s && s.Length == 0))
        {
            properties[key] = JsonValue.Create(value);
        }
    }

    private static string RequirementName(Requirement requirement) => requirement switch
    {
        Requirement.NotDecreasing => "not_decreasing",
        Requirement.AssignedChange => "assigned_change",
        _ => requirement.ToString().ToLowerInvariant(),
    };

    private string RuleName(RowContext context, string suffix, string code)
    {
        var number = context.Number.Length == 0 ? $"r{context.Row.Number}" : int.TryParse(context.Number, out var n) ? n.ToString("00", CultureInfo.InvariantCulture) : context.Number;
        var name = $"{options.Prefix}{number}{suffix}_{code}";
        for (var k = 2; !_names.Add(name); k++)
        {
            name = $"{options.Prefix}{number}{suffix}_{code}_{k}";
        }

        return name;
    }

    private static List<string?> Units(string cell, int parts)
    {
        var units = ThresholdText.Normalize(cell).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        return units.Count == parts && parts > 1 ? units.Select(NoUnit).ToList() : [NoUnit(ThresholdText.Normalize(cell))!];

        static string? NoUnit(string u) => u is "" or "-" or "/" or "—" or "--" ? null : u;
    }

    private static string? Binding(string cell) => cell.Contains("约束", StringComparison.Ordinal) ? "约束性" : cell.Contains("参考", StringComparison.Ordinal) ? "参考性" : null;

    private static string? Cell(AnnexRow row, int column) => column < 0 || row[column] is "" or "/" or "-" ? null : row[column];

    private static string Item(AnnexTable table, AnnexRow row, string number, string domain, string task) =>
        $"{table.Name} 第{row.Number}行" + (number.Length > 0 ? $" 序号{number}" : string.Empty)
        + (domain.Length + task.Length > 0 ? $" ({string.Join(" / ", new[] { domain, task }.Where(s => s.Length > 0))})" : string.Empty);

    private static string Quote(AnnexHeader header, AnnexRow row) =>
        string.Join('\t', new[] { header.Column(AnnexColumn.Indicator), header.Column(AnnexColumn.Unit) }.Concat(header.Sets.Keys.Order()).Where(c => c >= 0).Select(c => row[c]));

    private void Report(Severity severity, string code, string message, RowContext context, string indicator) =>
        diagnostics.Add(new Diagnostic(severity, code, message, context.Table.File, context.Row.Number) { Indicator = indicator });

    private sealed record RowContext(AnnexTable Table, AnnexRow Row, string Number, string Item, string Quote);

    private sealed record CommonProperties(string? Binding, string? Lead, string? Responsible);
}
