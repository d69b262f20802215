using System.Text.Json;
using System.Text.RegularExpressions;
using EcoAnalytics.Catalog;
using EcoAnalytics.Tests.Rules.SeedTables;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Catalog;

/// <summary>
/// Measures the seeds name with different words are kept apart (issue 10 item 7): 饮用水水源地 水质达标率 vs 水质优良比例,
/// 危险废物 利用处置率 / 安全处置率 / 无害化处理率, 河湖岸线 保有率 vs 保护率. No indicator's aliases hold two of them, and a rule
/// whose quote (or a seed line it cites) names one of them reads that one's indicator. See <c>datasets/README.md</c>
/// ("Measures kept apart") for the reasons.
/// </summary>
public sealed partial class DistinctMeasureTests
{
    /// <summary>A family of distinct measures: each printed form (a pattern) and the indicator it names.</summary>
    private sealed record Family(string Name, (string Pattern, string Code)[] Terms)
    {
        public IEnumerable<string> Codes => Terms.Select(t => t.Code).Distinct(StringComparer.Ordinal);

        public HashSet<string> CodesNamedIn(string text) =>
            [.. Terms.Where(t => Regex.IsMatch(Collapse(text), t.Pattern)).Select(t => t.Code)];
    }

    // 农村饮用水水源地水质达标率 (rural sources) is another indicator again, rural_drinking_water_compliance.
    private static readonly Family[] Families =
    [
        new("drinking water", [("(?<!农村)饮用水(水源地|源地|源)(取水)?水质达标率", "drinking_water_compliance"), ("饮用水(水源地|源地|源)水质优良比例", "drinking_water_good_ratio")]),
        new("hazardous waste", [("危险废物利用处置率", "hazardous_waste_disposal"), ("安全处置率", "hazardous_waste_safe_disposal"), ("危险废物无害化处理率", "hazardous_waste_harmless_treatment")]),
        new("shoreline", [("河湖岸线保有率", "river_lake_shoreline_retention"), ("河[湖库]岸线保护率", "river_lake_shoreline_protection")]),
    ];

    /// <summary>Words that tell the measures apart, for the alias check (wider than the terms: any 岸线 保有率 is not a 保护率).</summary>
    private static readonly string[][] ExclusiveWords =
    [
        ["水质达标率", "优良比例"],
        ["利用处置率", "安全处置率", "无害化处理率"],
        ["岸线保有率", "岸线保护率"],
    ];

    private static readonly Lazy<IndicatorCatalog> Catalog = new(() =>
    {
        var load = IndicatorCatalog.Load(Path.Combine(SeedTableFiles.RepoRoot, "datasets", "indicators.csv"));
        Assert.Empty(load.Diagnostics);
        return load.Value;
    });

    [Theory]
    [InlineData("集中式饮用水水源地水质达标率", "drinking_water_compliance")]
    [InlineData("城区集中式饮用水水源地取水水质达标率", "drinking_water_compliance")]
    [InlineData("集中式饮用水水源地水质优良比例", "drinking_water_good_ratio")]
    [InlineData("县级集中式饮用水水源地水质优良比例", "drinking_water_good_ratio")]
    [InlineData("危险废物利用处置率", "hazardous_waste_disposal")]
    [InlineData("危险废物安全处置率", "hazardous_waste_safe_disposal")]
    [InlineData("危险废物无害化处理率", "hazardous_waste_harmless_treatment")]
    [InlineData("河湖岸线保有率", "river_lake_shoreline_retention")]
    [InlineData("河湖岸线保护率", "river_lake_shoreline_protection")]
    [InlineData("河库岸线保护率", "river_lake_shoreline_protection")]
    [InlineData("自然岸线保有率", "natural_shoreline_retention")]
    public void PrintedName_ResolvesToItsOwnMeasure(string printed, string code) =>
        Assert.Equal(code, Catalog.Value.ResolveAlias(printed)?.Code);

    [Fact]
    public void Aliases_NoIndicatorHoldsTwoDistinctMeasures()
    {
        var problems = new List<string>();
        foreach (var indicator in Catalog.Value)
        {
            var names = indicator.AliasesZh.Append(indicator.NameZh).ToList();
            foreach (var words in ExclusiveWords)
            {
                var found = words.Where(w => names.Any(n => n.Contains(w, StringComparison.Ordinal))).ToList();
                if (found.Count > 1)
                {
                    problems.Add($"{indicator.Code}: aliases name {string.Join(" and ", found)} ({string.Join("|", names.Distinct(StringComparer.Ordinal))})");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Aliases_OfTheSplitIndicators_AreDisjoint()
    {
        foreach (var family in Families)
        {
            var codes = family.Codes.ToList();
            var aliases = codes.ToDictionary(c => c, c => Catalog.Value.Find(c)?.AliasesZh.ToHashSet(StringComparer.Ordinal) ?? throw new InvalidOperationException($"{c} is not in the catalog"), StringComparer.Ordinal);
            foreach (var a in codes)
            {
                foreach (var b in codes.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    Assert.True(!aliases[a].Overlaps(aliases[b]), $"{family.Name}: {a} and {b} share an alias");
                }
            }
        }
    }

    [Fact]
    public void Rules_QuotingAMeasure_ReadThatMeasuresIndicator()
    {
        var problems = new List<string>();
        var checkedQuotes = 0;
        foreach (var (workflow, name, indicators, source) in AllRules())
        {
            var quotes = new List<string> { source.GetProperty("quote").GetString()! };
            if (source.TryGetProperty("also", out var also))
            {
                quotes.AddRange(also.EnumerateArray().Select(e => e.GetProperty("quote").GetString()!));
            }

            foreach (var family in Families)
            {
                var mine = indicators.Where(i => family.Codes.Contains(i, StringComparer.Ordinal)).ToList();
                if (mine.Count == 0)
                {
                    continue;
                }

                foreach (var named in quotes.Select(family.CodesNamedIn).Where(c => c.Count > 0))
                {
                    checkedQuotes++;
                    if (!mine.Any(named.Contains))
                    {
                        problems.Add($"{workflow} {name}: reads {string.Join("+", mine)}, its quote names {string.Join(" or ", named)}");
                    }
                }
            }
        }

        Assert.True(checkedQuotes >= 10, $"only {checkedQuotes} quotes name one of the measures");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SourcesFact]
    public void SeedLines_NamingAMeasure_AreEncodedOnItsIndicator()
    {
        // Every cited seed line that prints one of the measures has a rule on that measure's indicator among the rules
        // that cite it (source.line or source.also); lines no rule cites are in rules/README.md's list instead.
        var problems = new List<string>();
        var cited = new Dictionary<(string Workflow, int Line), List<string>>();
        foreach (var (workflow, _, indicators, source) in AllRules())
        {
            var lines = new List<int> { source.GetProperty("line").GetInt32() };
            if (source.TryGetProperty("also", out var also))
            {
                lines.AddRange(also.EnumerateArray().Select(e => e.GetProperty("line").GetInt32()));
            }

            foreach (var line in lines)
            {
                if (!cited.TryGetValue((workflow, line), out var codes))
                {
                    codes = cited[(workflow, line)] = [];
                }

                codes.AddRange(indicators);
            }
        }

        foreach (var ((workflow, line), codes) in cited)
        {
            var text = SeedTableFiles.Load(workflow).SeedLine(line) ?? string.Empty;
            foreach (var family in Families)
            {
                foreach (var code in family.CodesNamedIn(text).Where(c => !codes.Contains(c, StringComparer.Ordinal)))
                {
                    problems.Add($"{workflow} L{line} prints the measure of {code}, but no rule citing the line reads it ({string.Join(", ", codes.Distinct(StringComparer.Ordinal))})");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<(string Workflow, string Name, List<string> Indicators, JsonElement Source)> AllRules()
    {
        foreach (var workflow in SeedTableFiles.Workflows())
        {
            foreach (var rule in SeedTableFiles.Load(workflow).Rules)
            {
                var properties = rule.GetProperty("Properties");
                List<string> indicators = properties.TryGetProperty("indicators", out var list)
                    ? [.. list.EnumerateArray().Select(e => e.GetString()!)]
                    : properties.TryGetProperty("indicator", out var one) ? [one.GetString()!] : [];
                yield return (workflow, rule.GetProperty("RuleName").GetString()!, indicators, properties.GetProperty("source"));
            }
        }
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, string.Empty);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
