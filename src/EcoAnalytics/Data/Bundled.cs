namespace EcoAnalytics.Data;

/// <summary>
/// Finds the bundled <c>datasets/</c> and <c>rules/</c> folders: the <c>ECO_HOME</c> environment variable if set,
/// else the nearest ancestor of the working directory or of the assembly that holds <c>EcoAnalytics.sln</c>,
/// else the copies shipped next to the assembly.
/// </summary>
public static class Bundled
{
    private static readonly Lazy<string> Home = new(FindHome);

    /// <summary>The folder holding <c>datasets/</c> and <c>rules/</c>.</summary>
    public static string HomeFolder => Home.Value;

    /// <summary>The bundled datasets folder (relative to the working directory when below it, so messages stay short).</summary>
    public static string DatasetsFolder => Display(Path.Combine(HomeFolder, "datasets"));

    /// <summary>The bundled rules folder (relative to the working directory when below it).</summary>
    public static string RulesFolder => Display(Path.Combine(HomeFolder, "rules"));

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static string FindHome()
    {
        if (Environment.GetEnvironmentVariable("ECO_HOME") is { Length: > 0 } home)
        {
            return home;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EcoAnalytics.sln")) && Directory.Exists(Path.Combine(dir.FullName, "datasets")))
                {
                    return dir.FullName;
                }
            }
        }

        return AppContext.BaseDirectory;
    }
}
