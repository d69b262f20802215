using System.Globalization;
using EcoAnalytics.Catalog;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Tests.Import;

/// <summary>
/// What "an imported rule is equivalent to a curated one" means: the same indicator, requirement kind, comparator and
/// expression (white space ignored), the same threshold in every threshold set (numbers equal, terrain maps equal, status
/// labels equal ignoring white space and comma width), the same deadline, and the same unit (the catalog unit of the
/// indicator, since both read it). Not compared: rule names, sources, notes, lead and responsible (department texts
/// as printed; compared separately where the table has the column).
/// </summary>
internal static class RuleEquivalence
{
    /// <summary>One line per rule: <c>indicator requirement comparator expression thresholds deadline unit</c>.</summary>
    public static string Describe(ProgrammeRule rule, IndicatorCatalog catalog)
    {
        var thresholds = string.Join(" ", rule.Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={Threshold(t.Value)}"));
        var unit = catalog.Find(rule.Indicator)?.Unit ?? "?";
        var expression = string.Concat((rule.Expression ?? "-").Where(c => !char.IsWhiteSpace(c)));
        return string.Create(CultureInfo.InvariantCulture, $"{rule.Indicator} {rule.Requirement} {rule.Comparator?.Symbol() ?? "-"} {expression} [{thresholds}] deadline={rule.Deadline?.ToString(CultureInfo.InvariantCulture) ?? "-"} unit={unit} components={rule.Components.Count}");
    }

    /// <summary>Every rule (components included) keyed by its indicator.</summary>
    public static Dictionary<string, string> ByIndicator(Programme programme, IndicatorCatalog catalog) =>
        programme.AllRules.ToDictionary(r => r.Indicator, r => Describe(r, catalog), StringComparer.Ordinal);

    private static string Threshold(ThresholdSpec spec) => spec switch
    {
        ThresholdSpec.Status s => string.Concat(s.Label.Where(c => !char.IsWhiteSpace(c))).Replace('，', ','),
        ThresholdSpec.ByTerrain t => string.Join(",", t.Values.OrderBy(v => v.Key).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key.Label()}:{v.Value}"))),
        _ => spec.ToString() ?? string.Empty,
    };
}
