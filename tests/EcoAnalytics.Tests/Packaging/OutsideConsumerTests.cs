using System.IO.Compression;
using System.Xml.Linq;
using EcoAnalytics.Tests.Rules.SeedTables;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Packaging;

/// <summary>
/// The README's first screen, pasted unchanged into a console project outside the solution, restores safe
/// versions without a package warning, builds and runs: once referencing <c>src/EcoAnalytics</c>, once referencing
/// the packed <c>.nupkg</c> from a local folder feed. About 30 s together (two restores, two builds, one pack).
/// </summary>
public sealed class OutsideConsumerTests
{
    /// <summary>The first version of System.Linq.Dynamic.Core with the CVE-2024-51417 fix that the library is built against.</summary>
    private static readonly Version SafeLinqDynamic = new(1, 7, 4);

    private static string LibraryProject => Path.Combine(SeedTableFiles.RepoRoot, "src", "EcoAnalytics", "EcoAnalytics.csproj");

    [Fact]
    public void FirstScreen_WithProjectReference_BuildsWithoutWarningsAndRuns()
    {
        var library = Path.Combine(SeedTableFiles.RepoRoot, "src", "EcoAnalytics", "bin", ConsumerProject.Configuration, "net10.0", "EcoAnalytics.dll");
        Assert.True(File.Exists(library), $"{library} is missing: build the solution in {ConsumerProject.Configuration} first");
        using var consumer = ConsumerProject.Create("project-reference");
        consumer.Write(Readme.FirstScreen(), $"""<ProjectReference Include="{LibraryProject}" />""");

        // The library is already built by the test run: use its output rather than building the repository again.
        consumer.Build("-p:BuildProjectReferences=false");

        AssertRuns(consumer);
    }

    [Fact]
    public void FirstScreen_WithPackedPackage_BuildsWithoutWarningsAndRuns()
    {
        using var consumer = ConsumerProject.Create("package");
        var feed = Path.Combine(consumer.Folder, "feed");
        var version = $"0.1.0-consumer.{DateTime.UtcNow:yyyyMMddHHmmss}";
        var pack = ConsumerProject.Dotnet(SeedTableFiles.RepoRoot, ["pack", LibraryProject, "-c", ConsumerProject.Configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}"]);
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.Output}");
        AssertNuspecDependencies(Path.Combine(feed, $"EcoAnalytics.{version}.nupkg"));

        // A private packages folder (falling back on the user's, so nothing is downloaded twice) keeps this test's
        // package out of the user's cache.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        consumer.Write(
            Readme.FirstScreen(),
            $"""<PackageReference Include="EcoAnalytics" Version="{version}" />""",
            $"""
            <RestoreAdditionalProjectSources>{feed}</RestoreAdditionalProjectSources>
                <RestorePackagesPath>{Path.Combine(consumer.Folder, "packages")}</RestorePackagesPath>
                <RestoreFallbackFolders>{globalPackages}</RestoreFallbackFolders>
            """);
        consumer.Build();

        AssertRuns(consumer);
    }

    private static void AssertRuns(ConsumerProject consumer)
    {
        Assert.True(consumer.ResolvedVersion("System.Linq.Dynamic.Core") >= SafeLinqDynamic, $"System.Linq.Dynamic.Core {consumer.ResolvedVersion("System.Linq.Dynamic.Core")} resolved");
        Assert.True(File.Exists(Path.Combine(consumer.OutputFolder, "datasets", "observations.csv")), "the bundled datasets are not in the consumer's output");
        Assert.True(File.Exists(Path.Combine(consumer.OutputFolder, "rules", "dengfeng-provincial-2023.json")), "the bundled rules are not in the consumer's output");

        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, $"the first screen exited with {run.ExitCode}:\n{run.Output}");
        Assert.Contains("warning ECO120: lushi 2021: good_air_days", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Every package the library references is a dependency of the package, at the version Directory.Packages.props gives it.</summary>
    private static void AssertNuspecDependencies(string nupkg)
    {
        var versions = XDocument.Load(Path.Combine(SeedTableFiles.RepoRoot, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
        var references = XDocument.Load(LibraryProject).Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!).ToList();

        using var archive = ZipFile.OpenRead(nupkg);
        using var stream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(stream);
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!, StringComparer.OrdinalIgnoreCase);

        Assert.Contains("System.Linq.Dynamic.Core", references);
        Assert.All(references, r => Assert.Equal(versions[r], dependencies.GetValueOrDefault(r)));
        Assert.Contains(archive.Entries, e => e.FullName == "contentFiles/any/any/datasets/observations.csv");
        Assert.Contains(archive.Entries, e => e.FullName == "contentFiles/any/any/rules/dengfeng-provincial-2023.json");
    }
}
