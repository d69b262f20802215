using EcoAnalytics.Data;

namespace EcoAnalytics.Cli.Commands;

/// <summary>Finds the bundled rule files.</summary>
internal static class RuleFiles
{
    public static IReadOnlyList<string> OrDefault(string[]? files) =>
        files is { Length: > 0 }
            ? files
            : Directory.Exists(Bundled.RulesFolder)
                ? Directory.GetFiles(Bundled.RulesFolder, "*.json").Where(f => !Path.GetFileName(f).Equals("schema.json", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList()
                : [];
}
