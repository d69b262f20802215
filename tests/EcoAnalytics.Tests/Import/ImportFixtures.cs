using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Import;

/// <summary>The bundled catalog, once, and a temporary folder for the files the import tests write.</summary>
internal static class ImportFixtures
{
    private static readonly Lazy<IndicatorCatalog> LazyCatalog = new(() => IndicatorCatalog.Load(DatasetPaths.Default.Indicators).Value);

    private static readonly Lazy<Some.TempFolder> LazyFolder = new(() => new Some.TempFolder());

    public static IndicatorCatalog Catalog => LazyCatalog.Value;

    /// <summary>A path in the folder (unique per call site name).</summary>
    public static string PathOf(string name) => Path.Combine(LazyFolder.Value.Path, Guid.NewGuid().ToString("N")[..8] + "-" + name);

    public static string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }
}
