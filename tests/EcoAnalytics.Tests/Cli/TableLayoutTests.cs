using System.Globalization;

namespace EcoAnalytics.Tests.Cli;

/// <summary>
/// Issue 12 item 5: readable tables never break a name mid-word. Every command's table is rendered at 100–200 columns
/// and compared with the same table rendered 1,000 columns wide, where nothing wraps: every word printed at the narrow
/// width must be a word of the wide rendering (a name broken across lines leaves fragments that are not), every rule
/// name must appear whole on one line, and no line may be wider than the console.
/// </summary>
public sealed class TableLayoutTests
{
    public static TheoryData<int> Widths => new() { 100, 120, 160, 200 };

    private static readonly string[][] Commands =
    [
        ["evaluate"],
        ["forecast"],
        ["simulate", "--paths", "200"],
        ["whatif", "--county", "dengfeng", "--threshold-set", "standard"],
        ["whatif", "--county", "dengfeng", "--sweep", "forest_grass_coverage=40:50:2"],
    ];

    [Theory]
    [MemberData(nameof(Widths))]
    public void EveryTable_AtWidth_BreaksNoWordAndKeepsRuleNamesWhole(int width)
    {
        foreach (var command in Commands)
        {
            var (exit, wide, error) = CliRunner.RunAt(1000, command);
            Assert.True(exit == 0, $"{string.Join(' ', command)}: exit {exit}: {error}");
            var vocabulary = Words(wide).ToHashSet(StringComparer.Ordinal);
            vocabulary.UnionWith(["continued", "of", .. Enumerable.Range(1, 9).Select(n => n.ToString(CultureInfo.InvariantCulture))]);

            var (_, narrow, _) = CliRunner.RunAt(width, command);
            var lines = narrow.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, $"{string.Join(' ', command)} at {width}: line wider than the console: '{line}'"));
            var broken = Words(narrow).Where(w => !vocabulary.Contains(w)).Distinct().ToList();
            Assert.True(broken.Count == 0, $"{string.Join(' ', command)} at {width}: fragments of broken words: {string.Join(" | ", broken.Take(20))}");

            var rules = RuleNames(command);
            Assert.NotEmpty(rules);
            var tokens = lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
            var missing = rules.Where(r => !tokens.Contains(r)).ToList();
            Assert.True(missing.Count == 0, $"{string.Join(' ', command)} at {width}: rule names not whole on one line: {string.Join(", ", missing.Take(10))}");
        }
    }

    /// <summary>
    /// <c>eco validate</c>'s diagnostics at 80–200 columns: every location (<c>file:line</c>) and every URL in a message
    /// stays whole on one line, as a table where the message has room and as compiler-style lines where it has not.
    /// </summary>
    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(120)]
    [InlineData(160)]
    [InlineData(200)]
    public void Diagnostics_AtWidth_KeepLocationsAndUrlsWhole(int width)
    {
        var (_, wide, _) = CliRunner.RunAt(1000, "validate");
        var urls = System.Text.RegularExpressions.Regex.Matches(wide, @"https?://\S+?(?=[);,\s])").Select(m => m.Value).Distinct().ToList();
        var locations = System.Text.RegularExpressions.Regex.Matches(wide, @"\S+\.csv:\d+").Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(urls);
        Assert.NotEmpty(locations);

        var (_, narrow, _) = CliRunner.RunAt(width, "validate");
        var lines = narrow.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(urls.Concat(locations), text => Assert.True(lines.Any(l => l.Contains(text, StringComparison.Ordinal)), $"at {width}: '{text}' is not whole on one line:\n{narrow}"));
        Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, $"at {width}: line wider than the console: '{line}'"));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void ReportSummary_AtWidth_KeepsProgrammeNamesWhole(int width)
    {
        var folder = Directory.CreateTempSubdirectory("eco-report-width").FullName;
        try
        {
            var (exit, output, error) = CliRunner.RunAt(width, "report", "--out", Path.Combine(folder, "report.html"));
            Assert.True(exit == 0, error);
            var tokens = output.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            Assert.All(
                ["lushi-demonstration-2022", "lushi-lianshan-2023", "dengfeng-provincial-2023", "qinshui-consolidation-2020", "shanzhou-2022"],
                name => Assert.Contains(name, tokens));
            Assert.All(output.Split('\n'), line => Assert.True(line.TrimEnd().Length <= width, line));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ForecastTable_AtNarrowWidth_ShowsShortVerdictWordsWithTheirLegend()
    {
        var (_, output, _) = CliRunner.RunAt(120, "forecast", "--county", "lushi");
        var flowing = string.Join(' ', output.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var legend = flowing[flowing.IndexOf("Eurostat, UNSD, SDSN verdicts:", StringComparison.Ordinal)..];
        Assert.Contains("mod = moderate progress, acceleration needed", legend, StringComparison.Ordinal);
        Assert.Contains("each monitor's own wording: --format csv", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("Moderate progress towards", output, StringComparison.Ordinal);
        var row = output.Split('\n').First(l => l.TrimStart().StartsWith("LS01_good_air_ratio ", StringComparison.Ordinal) && l.Contains("theta", StringComparison.Ordinal));
        Assert.Equal(["mod", "mod", "mod"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is "met" or "on" or "mod" or "slow" or "away" or "n/a" or "nodata").TakeLast(3));
    }

    [Fact]
    public void EvaluateTable_StatusRules_ShowLabelsAsPrintedNotLadderNumbers()
    {
        var (_, output, _) = CliRunner.RunAt(160, "evaluate", "--county", "dengfeng");
        var line = output.Split('\n').Single(l => l.TrimStart().StartsWith("D01_eco_civilization_plan ", StringComparison.Ordinal));
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["D01_eco_civilization_plan", "编制", ">=", "制定实施", "NotMet"], words.Take(5));
        var numeric = output.Split('\n').Single(l => l.TrimStart().StartsWith("D07a_good_air_ratio ", StringComparison.Ordinal));
        Assert.Equal(["D07a_good_air_ratio", "86.7", ">=", "88.1", "NotMet", "-1.4"], numeric.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6));

        // CSV keeps the ladder numbers for downstream users and adds the labels as the last two columns.
        var (_, csv, _) = CliRunner.RunAt(160, "evaluate", "--county", "dengfeng", "--format", "csv");
        var rows = Rows(csv);
        var row = rows.Single(r => r[3] == "D01_eco_civilization_plan");
        Assert.Equal(["value", "threshold"], [rows[0][5], rows[0][6]]);
        Assert.Equal(["1", "2"], [row[5], row[6]]);
        Assert.Equal(["value_label", "threshold_label"], rows[0].TakeLast(2));
        Assert.Equal(["编制", "制定实施"], row.TakeLast(2));
        Assert.Equal(["", ""], rows.Single(r => r[3] == "D07a_good_air_ratio").TakeLast(2));
    }

    // Words as compared: separators and brackets around a word are not part of it; border lines are not words.
    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('(', ')', ',', ':', ';'))
            .Where(w => w.Length > 0 && w.Any(c => c != '─'));

    // The rules each table shows: every row of evaluate and forecast, the simulated rules (not the excluded ones), the
    // rules that change between two settings, the swept rows.
    private static List<string> RuleNames(string[] command)
    {
        var (_, csv, _) = CliRunner.RunAt(1000, [.. command, "--format", "csv"]);
        var rows = Rows(csv);
        var header = rows[0];
        string? Field(List<string> row, string name) => header.IndexOf(name) is >= 0 and var i && i < row.Count ? row[i] : null;
        return rows.Skip(1)
            .Where(r => Field(r, "change") is null or not "unchanged")
            .Where(r => Field(r, "measure") is null or "rule")
            .Where(r => Field(r, "basis") is null or not "excluded")
            .Select(r => Field(r, "rule") ?? string.Empty)
            .Where(r => r.Length > 0)
            .Distinct()
            .ToList();
    }

    private static List<List<string>> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => CsvSplit(l.TrimEnd('\r'))).ToList();

    private static List<string> CsvSplit(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
