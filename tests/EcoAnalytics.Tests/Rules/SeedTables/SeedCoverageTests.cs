using System.Text.Json;
using System.Text.RegularExpressions;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Rules.SeedTables;

/// <summary>
/// Issue 10's "done when": every table row and prose target of the five seeds, as the review in
/// <c>../shared/reference/seed-rows/seed-NNN.tsv</c> enumerates them (beside the seeds folder <c>ECO_SOURCES</c> names),
/// is either encoded by a rule citing its line (<c>source.line</c> or <c>source.also</c>) or listed in
/// <c>rules/README.md</c> ("Seed rows not encoded") with a reason.
/// </summary>
public sealed partial class SeedCoverageTests
{
    private static string ReviewFolder => Path.GetFullPath(Path.Combine(SourceDocuments.Folder, "..", "reference", "seed-rows"));

    [SourcesFact]
    public void EverySeedRow_IsEncodedOrListedWithItsReason()
    {
        Assert.True(Directory.Exists(ReviewFolder), $"the seed-row review is not in {ReviewFolder} (it sits beside the seeds folder {SourceDocuments.Folder})");
        var cited = CitedLines();
        var listed = Listed();
        var problems = new List<string>();
        var seen = new HashSet<(string, int, string)>();
        foreach (var (seed, line, no, what) in ReviewRows())
        {
            seen.Add((seed, line, no));
            var encoded = cited.TryGetValue(seed, out var lines) && lines.Contains(line);
            if (!encoded && !listed.ContainsKey((seed, line, no)))
            {
                problems.Add($"seed {seed} L{line} row {no} ({what}): no rule cites the line and rules/README.md does not list it");
            }
        }

        problems.AddRange(listed.Keys.Where(k => !seen.Contains(k)).Select(k => $"rules/README.md lists seed {k.Item1} L{k.Item2} row {k.Item3}, which the review does not have"));
        problems.AddRange(listed.Where(kv => kv.Value.Length < 10).Select(kv => $"rules/README.md gives no reason for seed {kv.Key.Item1} L{kv.Key.Item2} row {kv.Key.Item3}"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(seen.Count > 300, $"only {seen.Count} review rows read from {ReviewFolder}");
    }

    [Fact]
    public void Listed_ParsesTheReadmeTable()
    {
        var listed = Listed();
        Assert.Contains(("002", 233, "P"), listed.Keys);
        Assert.Contains(("000", 65, "17"), listed.Keys);
        Assert.DoesNotContain(("004", 265, "8"), listed.Keys); // encoded by SA1-08a/b
    }

    /// <summary>Seed number (000–004) → the lines the rules of its file cite, nested rules and <c>also</c> included.</summary>
    private static Dictionary<string, HashSet<int>> CitedLines()
    {
        var result = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var workflow in SeedTableFiles.Workflows())
        {
            var table = SeedTableFiles.Load(workflow);
            var lines = result.TryGetValue(table.Document[..3], out var l) ? l : result[table.Document[..3]] = [];
            foreach (var source in table.Rules.Select(r => r.GetProperty("Properties").GetProperty("source")))
            {
                lines.Add(source.GetProperty("line").GetInt32());
                if (source.TryGetProperty("also", out var also))
                {
                    lines.UnionWith(also.EnumerateArray().Select(a => a.GetProperty("line").GetInt32()));
                }
            }
        }

        return result;
    }

    private static IEnumerable<(string Seed, int Line, string No, string What)> ReviewRows()
    {
        foreach (var path in Directory.GetFiles(ReviewFolder, "seed-*.tsv").Order(StringComparer.Ordinal))
        {
            var seed = Path.GetFileNameWithoutExtension(path)["seed-".Length..];
            var rows = File.ReadAllLines(path);
            var header = rows[0].Split('\t');
            int Col(string name) => Array.IndexOf(header, name);
            var (no, line, indicator) = (Col("no"), Col("seed_line"), Math.Max(Col("indicator"), Col("task/indicator")));
            Assert.True(no >= 0 && line >= 0, $"{path}: no 'no' or 'seed_line' column");
            foreach (var row in rows.Skip(1).Where(r => r.Length > 0).Select(r => r.Split('\t')))
            {
                yield return (seed, int.Parse(row[line], System.Globalization.CultureInfo.InvariantCulture), row[no], indicator >= 0 ? row[indicator] : string.Empty);
            }
        }
    }

    /// <summary>The rows of the README table "Seed rows not encoded": (seed, line, row) → reason.</summary>
    private static Dictionary<(string, int, string), string> Listed()
    {
        var text = File.ReadAllText(Path.Combine(SeedTableFiles.RepoRoot, "rules", "README.md"));
        var start = text.IndexOf("## Seed rows not encoded", StringComparison.Ordinal);
        Assert.True(start >= 0, "rules/README.md has no section 'Seed rows not encoded'");
        var result = new Dictionary<(string, int, string), string>();
        foreach (Match m in ListedRow().Matches(text[start..]))
        {
            result[(m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value)] = m.Groups[4].Value.Trim();
        }

        return result;
    }

    [GeneratedRegex(@"^\| (\d{3}) \| (\d+) \| ([^|]+?) \| (.*) \|$", RegexOptions.Multiline)]
    private static partial Regex ListedRow();
}
