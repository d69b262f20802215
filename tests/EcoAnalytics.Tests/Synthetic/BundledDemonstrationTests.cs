using EcoAnalytics.Data;
using EcoAnalytics.Synthetic;
using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Synthetic;

/// <summary>The bundled observations.csv and assigned-targets.csv are exactly what <c>eco generate demo</c> produces from their real rows.</summary>
public sealed class BundledDemonstrationTests
{
    private static string Datasets => Path.Combine(SeedTableFiles.RepoRoot, "datasets");

    [Fact]
    public void BundledObservations_AreReproducedByTheGenerator()
    {
        var paths = DatasetPaths.InFolder(Datasets);
        var text = File.ReadAllText(paths.Observations[0]);
        var dataset = Dataset.Load(paths);
        Assert.False(dataset.HasErrors);
        var regenerated = DemonstrationFiles.Observations(dataset, text);
        Assert.Equal(text, regenerated.Text);
        Assert.Equal(dataset.Observations.Count, regenerated.RealRows + regenerated.SyntheticRows);
    }

    [Fact]
    public void BundledAssignedTargets_AreReproducedByTheGeneratorForTheAssignedRules()
    {
        var paths = DatasetPaths.InFolder(Datasets);
        var text = File.ReadAllText(paths.AssignedTargets[0]);
        var dataset = Dataset.Load(paths);
        var programmes = Directory.GetFiles(Path.Combine(SeedTableFiles.RepoRoot, "rules"), "*.json")
            .Where(f => !f.EndsWith("schema.json", StringComparison.Ordinal))
            .Select(f => EcoAnalytics.Rules.ProgrammeReader.Read(f).Value!);
        var observations = DemonstrationFiles.Observations(dataset, File.ReadAllText(paths.Observations[0]));
        var regenerated = DemonstrationFiles.AssignedTargets(dataset, observations.Table, text, programmes);
        Assert.Equal(text, regenerated.Text);
        Assert.All(dataset.AssignedTargets.Where(o => o.IsSynthetic), o => Assert.NotEqual("henan", o.County));
    }

    [Fact]
    public void BundledObservations_RealRowsCarrySourcesAndSyntheticRowsSaySo()
    {
        var dataset = Dataset.Load(DatasetPaths.InFolder(Datasets));
        var real = dataset.Observations.Where(o => !o.IsSynthetic).ToList();
        var synthetic = dataset.Observations.Where(o => o.IsSynthetic).ToList();
        Assert.True(real.Count >= 80);
        Assert.True(synthetic.Count > 4000);
        Assert.All(real, o => Assert.Contains(o.SourceKind, new[] { SourceKind.Seed, SourceKind.Derived, SourceKind.Published }));
        Assert.All(synthetic, o => Assert.StartsWith("synthetic: demonstration panel", o.Note, StringComparison.Ordinal));
        Assert.All(synthetic, o => Assert.Contains(o.County, new[] { "lushi", "dengfeng", "qinshui", "shanzhou" }));

        // The one real value each seed prints for Lushi 2021 survives as printed.
        Assert.Equal(29.67, dataset.Panel.Value("lushi", "pm25", 2021));
        Assert.Equal("seed:000_b1e58e9430650c30.txt#L17", dataset.Panel.Cell("lushi", "pm25", 2021)!.Source);
    }
}
