namespace EcoAnalytics.Data;

/// <summary>
/// Finds the bundled <c>datasets/</c> and <c>rules/</c> folders, anew on every call: the <c>ECO_HOME</c> environment
/// variable if set, else the nearest ancestor of the working directory or of the application that holds
/// <c>EcoAnalytics.sln</c>, else the copies next to the application (a project or package reference copies them
/// there), else the copies inside the EcoAnalytics package itself (for hosts that ignore content files, such as a
/// notebook's <c>#r "nuget: EcoAnalytics"</c>).
/// </summary>
public static class Bundled
{
    /// <summary>The folder holding <c>datasets/</c> and <c>rules/</c>.</summary>
    public static string HomeFolder =>
        FindHome(Environment.GetEnvironmentVariable("ECO_HOME"), Environment.CurrentDirectory, AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Bundled).Assembly.Location));

    /// <summary>The bundled datasets folder (relative to the working directory when below it, so messages stay short).</summary>
    public static string DatasetsFolder => Display(Path.Combine(HomeFolder, "datasets"));

    /// <summary>The bundled rules folder (relative to the working directory when below it).</summary>
    public static string RulesFolder => Display(Path.Combine(HomeFolder, "rules"));

    /// <summary>The home folder for the given environment (see <see cref="Bundled"/> for the order).</summary>
    /// <param name="ecoHome">The value of <c>ECO_HOME</c>, or null.</param>
    /// <param name="currentDirectory">The working directory.</param>
    /// <param name="baseDirectory">The application's folder (<see cref="AppContext.BaseDirectory"/>).</param>
    /// <param name="assemblyDirectory">The folder this assembly was loaded from (in a package: <c>lib/net10.0</c>), or null.</param>
    internal static string FindHome(string? ecoHome, string currentDirectory, string baseDirectory, string? assemblyDirectory)
    {
        if (ecoHome is { Length: > 0 })
        {
            return ecoHome;
        }

        foreach (var start in new[] { currentDirectory, baseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "EcoAnalytics.sln")) && HasDatasets(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        if (!HasDatasets(baseDirectory) && assemblyDirectory is { Length: > 0 })
        {
            // The package's own copy: <package>/lib/net10.0/EcoAnalytics.dll and <package>/contentFiles/any/any/datasets.
            var package = Path.GetFullPath(Path.Combine(assemblyDirectory, "..", "..", "contentFiles", "any", "any"));
            if (HasDatasets(package))
            {
                return package;
            }
        }

        return baseDirectory;
    }

    private static bool HasDatasets(string folder) => Directory.Exists(Path.Combine(folder, "datasets"));

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
