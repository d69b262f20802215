using System.Text.Json;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Rules.SeedTables;

/// <summary>
/// Loads the programme rule files (<c>rules/&lt;workflow&gt;.json</c>), their independently written seed-table
/// lists (<c>&lt;workflow&gt;.expected.json</c> beside this file) and the seed documents they cite (read only when a
/// test asks for a seed line, from the folder <see cref="SourceDocuments"/> names).
/// </summary>
internal static class SeedTableFiles
{
    private const string ExpectedSuffix = ".expected.json";

    private static readonly Lazy<string> LazyRepoRoot = new(FindRepoRoot);
    private static readonly Dictionary<string, SeedTable> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    public static string RepoRoot => LazyRepoRoot.Value;

    public static string ExpectedDirectory => Path.Combine(RepoRoot, "tests", "EcoAnalytics.Tests", "Rules", "SeedTables");

    /// <summary>Workflow names, one per <c>*.expected.json</c> file.</summary>
    public static IEnumerable<string> Workflows() =>
        Directory.GetFiles(ExpectedDirectory, "*" + ExpectedSuffix)
            .Select(path => Path.GetFileName(path)[..^ExpectedSuffix.Length])
            .Order(StringComparer.Ordinal);

    public static SeedTable Load(string workflow)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(workflow, out var table))
            {
                table = Read(workflow);
                Cache[workflow] = table;
            }

            return table;
        }
    }

    private static SeedTable Read(string workflow)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExpectedDirectory, workflow + ExpectedSuffix))).RootElement;
        var ruleFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "rules", workflow + ".json"))).RootElement;
        var document = expected.GetProperty("document").GetString()!;
        var rules = new List<JsonElement>();
        Flatten(ruleFile.GetProperty("Rules"), rules);
        return new SeedTable(workflow, document, expected, ruleFile, rules);
    }

    private static void Flatten(JsonElement rules, List<JsonElement> into)
    {
        foreach (var rule in rules.EnumerateArray())
        {
            into.Add(rule);
            if (rule.TryGetProperty("Rules", out var nested) && nested.ValueKind == JsonValueKind.Array)
            {
                Flatten(nested, into);
            }
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EcoAnalytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no directory containing EcoAnalytics.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>One workflow: its expected seed-table items, its rule file (rules flattened, nested ones included) and its seed lines.</summary>
internal sealed record SeedTable(string Workflow, string Document, JsonElement Expected, JsonElement RuleFile, IReadOnlyList<JsonElement> Rules)
{
    private readonly Lazy<string[]> _seedLines = new(() => File.ReadAllLines(SourceDocuments.File(Document)));

    /// <summary>The lines of the seed document (needs the source documents: see <see cref="SourceDocuments"/>).</summary>
    public string[] SeedLines => _seedLines.Value;

    public JsonElement Rule(string name) => Rules.Single(r => r.GetProperty("RuleName").GetString() == name);

    /// <summary>The 1-based <paramref name="line"/> of the seed, or <c>null</c> when out of range.</summary>
    public string? SeedLine(int line) => line >= 1 && line <= SeedLines.Length ? SeedLines[line - 1] : null;
}
