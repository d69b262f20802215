using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Support;

/// <summary>Code blocks of the repository's README.md.</summary>
internal static class Readme
{
    public static string FilePath => Path.Combine(SeedTableFiles.RepoRoot, "README.md");

    /// <summary>The <c>```csharp</c> block under <c>## First screen</c>, exactly as printed (lines joined with <c>\n</c>).</summary>
    public static string FirstScreen()
    {
        var lines = File.ReadAllLines(FilePath);
        var heading = Array.FindIndex(lines, l => l.TrimEnd() == "## First screen");
        Assert.True(heading >= 0, "README.md has no '## First screen' heading");
        var start = Array.FindIndex(lines, heading + 1, l => l.TrimEnd() == "```csharp" || l.StartsWith("## ", StringComparison.Ordinal));
        Assert.True(start >= 0 && lines[start].StartsWith("```", StringComparison.Ordinal), "no ```csharp block under '## First screen'");
        var end = Array.FindIndex(lines, start + 1, l => l.TrimEnd() == "```");
        Assert.True(end > start, "the first-screen block is not closed");
        return string.Join('\n', lines[(start + 1)..end]) + "\n";
    }
}
