using System.Text.RegularExpressions;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests;

/// <summary>The rules of ARCHITECTURE.md that the code can be checked against.</summary>
public sealed partial class ArchitectureTests
{
    /// <summary>The library's stages in data-flow order: a stage may use only the stages before it (and itself).</summary>
    public static readonly string[] Stages =
        ["Internal", "Diagnostics", "Io", "Catalog", "Data", "Rules", "Import", "Evaluation", "Forecasting", "Outlook", "WhatIf", "Simulation", "Synthetic", "Presentation", "Frames"];

    private static string Library => Path.Combine(SeedTableFiles.RepoRoot, "src", "EcoAnalytics");

    [Fact]
    public void LibraryFolders_AreExactlyTheStages()
    {
        var folders = Directory.GetDirectories(Library).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Stages.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void EveryStage_UsesOnlyEarlierStages()
    {
        var violations = new List<string>();
        foreach (var file in SourceFiles(Library))
        {
            var stage = Path.GetRelativePath(Library, file).Split(Path.DirectorySeparatorChar)[0];
            var own = Array.IndexOf(Stages, stage);
            foreach (Match m in UsingOfOurs().Matches(File.ReadAllText(file)))
            {
                var used = Array.IndexOf(Stages, m.Groups[1].Value);
                if (used > own)
                {
                    violations.Add($"{Path.GetRelativePath(Library, file)} ({stage}) uses {m.Groups[1].Value}");
                }
            }
        }

        Assert.True(violations.Count == 0, "stages used against the data flow:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void SourceFiles_AreAtMost400Lines()
    {
        var root = SeedTableFiles.RepoRoot;
        var long_ = new[] { "src", "tests", "benchmarks" }
            .SelectMany(folder => SourceFiles(Path.Combine(root, folder)))
            .Select(file => (File: Path.GetRelativePath(root, file), Lines: File.ReadLines(file).Count()))
            .Where(f => f.Lines > 400)
            .ToList();
        Assert.True(long_.Count == 0, "files over 400 lines:\n" + string.Join('\n', long_.Select(f => $"{f.File}: {f.Lines}")));
    }

    [Fact]
    public void PublicApi_ShowsEachDependencyInAtMostOneNamespace()
    {
        var listing = File.ReadAllLines(Path.Combine(SeedTableFiles.RepoRoot, "tests", "EcoAnalytics.Tests", "PublicApi.approved.txt"));
        var where = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["Microsoft.Data.Analysis"] = [],
            ["RulesEngine"] = [],
            ["MathNet"] = [],
            ["Plotly.NET"] = [],
            ["DocumentFormat.OpenXml"] = [],
            ["MiniExcelLibs"] = [],
        };
        var type = string.Empty;
        foreach (var line in listing)
        {
            if (!line.StartsWith(' '))
            {
                type = line;
            }

            foreach (var (dependency, namespaces) in where)
            {
                if (line.Contains(dependency + ".", StringComparison.Ordinal))
                {
                    namespaces.Add(NamespaceOf(type));
                }
            }
        }

        Assert.True(where["Microsoft.Data.Analysis"].Count <= 1, "DataFrame types in " + string.Join(", ", where["Microsoft.Data.Analysis"]));
        Assert.True(where["RulesEngine"].Count <= 1, "RulesEngine types in " + string.Join(", ", where["RulesEngine"]));
        Assert.True(where["Plotly.NET"].Count <= 1, "Plotly.NET types in " + string.Join(", ", where["Plotly.NET"]));
        Assert.Empty(where["MathNet"]);
        Assert.Empty(where["DocumentFormat.OpenXml"]);
        Assert.Empty(where["MiniExcelLibs"]);
    }

    private static string NamespaceOf(string typeLine)
    {
        // "class EcoAnalytics.Frames.DataFrames" → "EcoAnalytics.Frames"
        var name = typeLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last();
        name = name.Split('<')[0];
        return name[..name.LastIndexOf('.')];
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"^using (?:static )?EcoAnalytics\.([A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex UsingOfOurs();
}
