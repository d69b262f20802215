using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Io;

namespace EcoAnalytics.Data;

/// <summary>Where a dataset's files are. Defaults to the bundled <c>datasets/</c> folder.</summary>
public sealed record DatasetPaths
{
    /// <summary><c>indicators.csv</c>.</summary>
    public required string Indicators { get; init; }

    /// <summary><c>counties.csv</c>.</summary>
    public required string Counties { get; init; }

    /// <summary>Observation files (long form).</summary>
    public required IReadOnlyList<string> Observations { get; init; }

    /// <summary>Files of targets assigned by the upper level (same columns as observations).</summary>
    public IReadOnlyList<string> AssignedTargets { get; init; } = [];

    /// <summary>How to decode the files.</summary>
    public InputEncoding Encoding { get; init; } = InputEncoding.Auto;

    /// <summary>The files in <paramref name="folder"/> under their standard names.</summary>
    public static DatasetPaths InFolder(string folder)
    {
        var assigned = Path.Combine(folder, "assigned-targets.csv");
        return new DatasetPaths
        {
            Indicators = Path.Combine(folder, "indicators.csv"),
            Counties = Path.Combine(folder, "counties.csv"),
            Observations = [Path.Combine(folder, "observations.csv")],
            AssignedTargets = File.Exists(assigned) ? [assigned] : [],
        };
    }

    /// <summary>The bundled datasets (see <see cref="Bundled.DatasetsFolder"/>).</summary>
    public static DatasetPaths Default => InFolder(Bundled.DatasetsFolder);
}

/// <summary>
/// Everything one analysis reads: the catalog, the counties, the observations and the assigned targets, plus
/// every diagnostic found while loading them. Bad rows are reported and skipped; good rows are all here.
/// </summary>
public sealed class Dataset
{
    private Panel? _panel;
    private Panel? _assignedPanel;

    private Dataset(IndicatorCatalog catalog, CountyRegistry counties, ObservationTable observations, ObservationTable assigned, IReadOnlyList<Diagnostic> diagnostics)
    {
        Catalog = catalog;
        Counties = counties;
        Observations = observations;
        AssignedTargets = assigned;
        Diagnostics = diagnostics;
    }

    /// <summary>The indicator catalog.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The counties and reference units.</summary>
    public CountyRegistry Counties { get; }

    /// <summary>Every usable observation, real and synthetic.</summary>
    public ObservationTable Observations { get; }

    /// <summary>Targets assigned by the upper level (完成上级规定的目标任务).</summary>
    public ObservationTable AssignedTargets { get; }

    /// <summary>Everything found while loading, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The observations as a county × year panel (built once, on first use).</summary>
    public Panel Panel => _panel ??= Panel.From(Observations);

    /// <summary>The assigned targets as a panel (built once, on first use).</summary>
    public Panel AssignedPanel => _assignedPanel ??= Panel.From(AssignedTargets);

    /// <summary>Loads the bundled datasets.</summary>
    public static Dataset LoadBundled() => Load(DatasetPaths.Default);

    /// <summary>Loads the files in <paramref name="paths"/>; never throws for bad content.</summary>
    public static Dataset Load(DatasetPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var diagnostics = new List<Diagnostic>();
        var catalog = IndicatorCatalog.Load(paths.Indicators, paths.Encoding);
        diagnostics.AddRange(catalog.Diagnostics);
        var counties = CountyRegistry.Load(paths.Counties, paths.Encoding);
        diagnostics.AddRange(counties.Diagnostics);
        var reader = new ObservationReader(catalog.Value, counties.Value);
        var observations = reader.Read(paths.Observations, paths.Encoding);
        diagnostics.AddRange(observations.Diagnostics);
        var assigned = new ObservationReader(catalog.Value, counties.Value) { ReadsTargets = true }.Read(paths.AssignedTargets, paths.Encoding);
        diagnostics.AddRange(assigned.Diagnostics);
        return new Dataset(catalog.Value, counties.Value, observations.Value, assigned.Value, diagnostics);
    }

    /// <summary>A dataset over data already in memory (tests, notebooks, generators).</summary>
    public static Dataset FromTables(ObservationTable observations, ObservationTable? assigned = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return new Dataset(
            observations.Catalog,
            observations.Counties,
            observations,
            assigned ?? new ObservationTable(observations.Catalog, observations.Counties),
            []);
    }

    /// <summary>An empty observation table over this dataset's catalog and counties, for code to fill.</summary>
    public ObservationTable NewTable() => new(Catalog, Counties);
}
