using System.Text.Json.Nodes;
using EcoAnalytics.Tests.Packaging;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Notebooks;

/// <summary>
/// The five notebooks of <c>notebooks/</c> run once through <c>eco notebook run --html</c> (the embedded C# kernel), as
/// a user runs them: the package packed into a local feed (the notebooks' <c>#i</c> folder, through
/// <c>ECO_PACKAGES</c>), restored by the kernel's <c>#r "nuget: EcoAnalytics, 0.1.0"</c> into a packages folder of
/// their own (kept between runs in <c>artifacts/</c> so that the other packages download once), from which the
/// previous EcoAnalytics 0.1.0 is removed first. About 40 s. One instance for every notebook test (a collection
/// fixture): two runs at once would share the packages folder.
/// </summary>
public sealed class NotebookFixture : IDisposable
{
    public static readonly string[] Names =
        ["01-explore-compliance", "02-compare-counties", "03-forecast-attainment", "04-alternative-thresholds", "05-write-your-own-rules"];

    public NotebookFixture()
    {
        Directory.CreateDirectory(Output);
        var feed = Path.Combine(Output, "feed");
        var pack = ConsumerProject.Dotnet(SeedTableFiles.RepoRoot, ["pack", Path.Combine("src", "EcoAnalytics", "EcoAnalytics.csproj"), "-c", ConsumerProject.Configuration, "--no-build", "-o", feed]);
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.Output}");

        var cached = Path.Combine(Packages, "ecoanalytics");
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        Environment = new Dictionary<string, string> { ["ECO_PACKAGES"] = feed, ["NUGET_PACKAGES"] = Packages };
        var notebooks = Names.Select(n => Path.Combine(SeedTableFiles.RepoRoot, "notebooks", n + ".ipynb"));
        Run = Eco(["notebook", "run", .. notebooks, "--out", Path.Combine(Output, "executed"), "--html"]);
    }

    /// <summary>A folder of this test run (deleted afterwards).</summary>
    public string Output { get; } = Path.Combine(Path.GetTempPath(), $"eco-notebooks-{Guid.NewGuid():N}");

    /// <summary>The kernel's packages folder for these runs.</summary>
    public static string Packages => Path.Combine(SeedTableFiles.RepoRoot, "artifacts", "notebook-packages");

    public IReadOnlyDictionary<string, string> Environment { get; }

    internal ProcessResult Run { get; }

    public static string EcoDll => Path.Combine(SeedTableFiles.RepoRoot, "src", "EcoAnalytics.Cli", "bin", ConsumerProject.Configuration, "net10.0", "eco.dll");

    public JsonObject Executed(string name) => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "executed", name + ".ipynb")))!;

    public string HtmlPath(string name) => Path.Combine(Output, "executed", name + ".html");

    internal ProcessResult Eco(IEnumerable<string> arguments) => ConsumerProject.Dotnet(SeedTableFiles.RepoRoot, [EcoDll, .. arguments], Environment);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Output, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The tests that read the notebooks' run: one <see cref="NotebookFixture"/>, the tests one after another.</summary>
[CollectionDefinition(Name)]
public sealed class NotebookCollection : ICollectionFixture<NotebookFixture>
{
    public const string Name = "notebooks";
}
