using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Rules.SeedTables;

/// <summary>
/// Checks each programme rule file against the seed document it was written from: every threshold is printed on
/// the cited line, the quote is on that line, and the rules say what an independent re-reading of the seed table
/// (<c>&lt;workflow&gt;.expected.json</c>) says. The tests that read the seed itself are <see cref="SourcesTheoryAttribute"/>s.
/// </summary>
public sealed partial class SeedTableTests
{
    private const string DengfengWorkflow = "dengfeng-provincial-2023";

    public static TheoryData<string> Workflows() => [.. SeedTableFiles.Workflows()];

    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        foreach (var workflow in SeedTableFiles.Workflows())
        {
            foreach (var rule in SeedTableFiles.Load(workflow).Rules)
            {
                data.Add(workflow, rule.GetProperty("RuleName").GetString()!);
            }
        }

        return data;
    }

    public static TheoryData<string> DengfengRules() =>
        [.. SeedTableFiles.Load(DengfengWorkflow).Rules.Select(r => r.GetProperty("RuleName").GetString()!)];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void SourceTable_DistinctItems_MatchExpectedCount(string workflow)
    {
        var table = SeedTableFiles.Load(workflow);
        var expectedCount = table.Expected.GetProperty("sourceIndicatorCount").GetInt32();
        var expectedItems = Items(table).Select(i => i.GetProperty("item").GetString()!).ToHashSet(StringComparer.Ordinal);
        var ruleItems = table.Rules.Select(r => Source(r).GetProperty("item").GetString()!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expectedCount, expectedItems.Count);
        Assert.Equal(expectedCount, ruleItems.Count);
        Assert.Equal(expectedItems.Order(StringComparer.Ordinal), ruleItems.Order(StringComparer.Ordinal));
    }

    [SourcesTheory]
    [MemberData(nameof(Rules))]
    public void Thresholds_EveryNumber_AppearsOnCitedLine(string workflow, string ruleName)
    {
        var table = SeedTableFiles.Load(workflow);
        var properties = table.Rule(ruleName).GetProperty("Properties");
        if (IsImpliedThreshold(properties))
        {
            return;
        }

        var line = CitedLine(table, properties);
        var printed = NumberPattern().Matches(line).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var number in Numbers(Thresholds(properties)).Where(n => !printed.Contains(n)))
        {
            Assert.Fail($"{ruleName}: threshold {number} is not printed on line {Source(properties).GetProperty("line")}: {line}");
        }
    }

    [SourcesTheory]
    [MemberData(nameof(Rules))]
    public void Thresholds_StatusLabels_AppearOnCitedLineOrNoteSaysHowRead(string workflow, string ruleName)
    {
        var table = SeedTableFiles.Load(workflow);
        var properties = table.Rule(ruleName).GetProperty("Properties");
        var line = NormalizeLabel(CitedLine(table, properties));
        var note = properties.TryGetProperty("note", out var n) ? n.GetString() ?? string.Empty : string.Empty;
        foreach (var label in Labels(Thresholds(properties)).Where(l => !line.Contains(NormalizeLabel(l), StringComparison.Ordinal)))
        {
            if (!note.Contains("read as", StringComparison.Ordinal))
            {
                Assert.Fail($"{ruleName}: status '{label}' is not on the cited line and the note does not say how the seed wording is read");
            }
        }
    }

    [SourcesTheory]
    [MemberData(nameof(Rules))]
    public void Quote_CollapsedWhitespace_IsSubstringOfCitedLine(string workflow, string ruleName)
    {
        var table = SeedTableFiles.Load(workflow);
        var properties = table.Rule(ruleName).GetProperty("Properties");
        var quote = Collapse(Source(properties).GetProperty("quote").GetString()!);

        Assert.NotEmpty(quote);
        Assert.Contains(quote, Collapse(CitedLine(table, properties)), StringComparison.Ordinal);
    }

    [SourcesTheory]
    [MemberData(nameof(Rules))]
    public void Source_AlsoLines_QuoteIsOnEachLine(string workflow, string ruleName)
    {
        var table = SeedTableFiles.Load(workflow);
        if (!Source(table.Rule(ruleName)).TryGetProperty("also", out var also))
        {
            return;
        }

        foreach (var entry in also.EnumerateArray())
        {
            var line = entry.GetProperty("line").GetInt32();
            var text = table.SeedLine(line) ?? throw new InvalidOperationException($"{ruleName}: {table.Document} has no line {line}");
            Assert.Contains(Collapse(entry.GetProperty("quote").GetString()!), Collapse(text), StringComparison.Ordinal);
        }
    }

    [SourcesFact]
    public void Lead_LianshanTablePrintsNoLeadColumn()
    {
        // Seed 001's table (L205) prints 责任单位 and no 牵头单位: its rules carry responsible only.
        var table = SeedTableFiles.Load("lushi-lianshan-2023");
        Assert.All(table.Rules, r => Assert.False(r.GetProperty("Properties").TryGetProperty("lead", out _), r.GetProperty("RuleName").GetString()));
        Assert.All(table.Rules, r => Assert.True(r.GetProperty("Properties").TryGetProperty("responsible", out _), r.GetProperty("RuleName").GetString()));
    }

    [SourcesTheory]
    [MemberData(nameof(Rules))]
    public void Source_EveryRule_HasSeedLineItemAndIndicator(string workflow, string ruleName)
    {
        var table = SeedTableFiles.Load(workflow);
        var properties = table.Rule(ruleName).GetProperty("Properties");
        var source = Source(properties);

        Assert.Equal(table.Document, source.GetProperty("document").GetString());
        Assert.Equal(table.Document, table.RuleFile.GetProperty("Programme").GetProperty("document").GetString());
        Assert.NotNull(table.SeedLine(source.GetProperty("line").GetInt32()));
        Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("item").GetString()), $"{ruleName}: source.item is empty");
        Assert.NotEmpty(Indicators(properties));
        Assert.All(Indicators(properties), code => Assert.Matches(CodePattern(), code));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Expression_Digits_OnlySlopeZeroOrIndex(string workflow, string ruleName)
    {
        var rule = SeedTableFiles.Load(workflow).Rule(ruleName);
        if (!rule.TryGetProperty("Expression", out var expression))
        {
            Assert.Equal("all", rule.GetProperty("Properties").GetProperty("requirement").GetString());
            return;
        }

        var stripped = IndexPattern().Replace(TrendPattern().Replace(expression.GetString()!, string.Empty), string.Empty);
        Assert.DoesNotMatch(DigitPattern(), stripped);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void RuleNames_WithinFile_AreUnique(string workflow)
    {
        var duplicates = SeedTableFiles.Load(workflow).Rules
            .GroupBy(r => r.GetProperty("RuleName").GetString(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(DengfengRules))]
    public void Thresholds_DengfengNumericRule_HasTargetAndStandard(string ruleName)
    {
        var table = SeedTableFiles.Load(DengfengWorkflow);
        var properties = table.Rule(ruleName).GetProperty("Properties");
        var thresholds = Thresholds(properties);
        if (!Numbers(thresholds).Any())
        {
            return;
        }

        // A set may be missing only where the seed prints a non-number in that column: the expected table then
        // lists it as a separate status item of the same row.
        foreach (var set in new[] { "target", "standard" }.Where(set => !thresholds.TryGetProperty(set, out _)))
        {
            var elsewhere = Items(table).Any(i => SameRow(i, properties) && Key(i) != Key(properties)
                && Thresholds(i).ValueKind == JsonValueKind.Object && Thresholds(i).TryGetProperty(set, out var v) && v.ValueKind == JsonValueKind.String);
            if (!elsewhere)
            {
                Assert.Fail($"{ruleName}: no '{set}' threshold, and the seed row prints no status for that column");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Rules_ComparedWithSeedTable_MatchExpectedItems(string workflow)
    {
        var table = SeedTableFiles.Load(workflow);
        var problems = new List<string>();
        foreach (var item in Items(table))
        {
            var matches = table.Rules.Where(r => Key(r.GetProperty("Properties")) == Key(item)).ToList();
            if (matches.Count != 1)
            {
                problems.Add($"{Key(item)}: {matches.Count} rules, expected exactly 1");
                continue;
            }

            var rule = matches[0];
            var properties = rule.GetProperty("Properties");
            var name = rule.GetProperty("RuleName").GetString();
            Compare(problems, name, "item", item.GetProperty("item").GetString(), Source(properties).GetProperty("item").GetString());
            Compare(problems, name, "comparator", Str(item, "comparator"), Str(properties, "comparator"));
            Compare(problems, name, "thresholds", Canonical(Thresholds(item)), Canonical(Thresholds(properties)));
            Compare(problems, name, "trend", Str(item, "trend"), Trend(rule));
        }

        var expectedKeys = Items(table).Select(Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(table.Rules.Select(r => Key(r.GetProperty("Properties"))).Where(k => !expectedKeys.Contains(k)).Select(k => $"{k}: rule not in the seed table"));
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, problems));
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Programme_ThresholdSets_NameEverySetTheRulesUse(string workflow)
    {
        var table = SeedTableFiles.Load(workflow);
        var declared = table.RuleFile.GetProperty("Programme").GetProperty("thresholdSets").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var expected = table.Expected.GetProperty("thresholdSets").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, declared);
        var used = table.Rules.Select(r => r.GetProperty("Properties"))
            .Where(p => Thresholds(p).ValueKind == JsonValueKind.Object)
            .SelectMany(p => Thresholds(p).EnumerateObject().Select(set => set.Name));
        Assert.All(used, set => Assert.Contains(set, declared));
    }

    private static bool IsImpliedThreshold(JsonElement properties) =>
        Str(properties, "requirement") is "eliminated" or "improving"
        || (Str(properties, "note") ?? string.Empty).Contains("GB 3095", StringComparison.Ordinal)
        || (Str(properties, "note") ?? string.Empty).Contains("100 implied by 全覆盖", StringComparison.Ordinal);

    private static string CitedLine(SeedTable table, JsonElement properties)
    {
        var line = Source(properties).GetProperty("line").GetInt32();
        return table.SeedLine(line) ?? throw new InvalidOperationException($"{table.Document} has no line {line}");
    }

    private static JsonElement Source(JsonElement ruleOrProperties) =>
        (ruleOrProperties.TryGetProperty("Properties", out var p) ? p : ruleOrProperties).GetProperty("source");

    private static JsonElement Thresholds(JsonElement element) =>
        element.TryGetProperty("thresholds", out var t) ? t : default;

    private static IEnumerable<JsonElement> Items(SeedTable table) => table.Expected.GetProperty("items").EnumerateArray();

    private static List<string> Indicators(JsonElement element) =>
        element.TryGetProperty("indicators", out var list)
            ? [.. list.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]
            : element.TryGetProperty("indicator", out var one) ? [one.GetString() ?? string.Empty] : [];

    /// <summary>What identifies a requirement in a seed: its line, its indicator(s) and the kind of requirement.</summary>
    private static string Key(JsonElement element)
    {
        var line = element.TryGetProperty("source", out var s) ? s.GetProperty("line").GetInt32() : element.GetProperty("line").GetInt32();
        return $"L{line} {string.Join("+", Indicators(element))} {Str(element, "requirement")}";
    }

    private static bool SameRow(JsonElement item, JsonElement properties) =>
        item.GetProperty("item").GetString() == Source(properties).GetProperty("item").GetString() && item.GetProperty("line").GetInt32() == Source(properties).GetProperty("line").GetInt32();

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Trend(JsonElement rule) =>
        Str(rule.GetProperty("Properties"), "requirement") == "assigned" && TrendPattern().Match(Str(rule, "Expression") ?? string.Empty) is { Success: true } m ? m.Groups[1].Value : null;

    private static void Compare(List<string> problems, string? rule, string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add($"{rule}: {what} is '{actual}', the seed table says '{expected}'");
        }
    }

    /// <summary>Numbers as decimals and labels without white space, keys sorted: printed forms compare equal.</summary>
    private static string? Canonical(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.Number => element.GetDecimal().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.String => NormalizeLabel(element.GetString()!),
            JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}:{Canonical(p.Value)}")) + "}",
            _ => element.GetRawText(),
        };

    private static IEnumerable<decimal> Numbers(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Number => [element.GetDecimal()],
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
            _ => [],
        };

    private static IEnumerable<string> Labels(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.String => [element.GetString()!],
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Labels(p.Value)),
            _ => [],
        };

    private static string Collapse(string text) => WhiteSpacePattern().Replace(text, " ").Trim();

    private static string NormalizeLabel(string text) => WhiteSpacePattern().Replace(text, string.Empty).Replace(',', '，');

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpacePattern();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$")]
    private static partial Regex CodePattern();

    /// <summary>The trend clause <c>x.Slope &gt; 0</c> (or &lt;, &gt;=, &lt;=): its 0 is the one literal expressions may hold.</summary>
    [GeneratedRegex(@"x\.Slope\s*(<=|>=|<|>)\s*0(?![\d.])")]
    private static partial Regex TrendPattern();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"\d")]
    private static partial Regex DigitPattern();
}
