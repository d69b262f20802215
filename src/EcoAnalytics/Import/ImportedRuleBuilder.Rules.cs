using System.Text.Json.Nodes;
using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;

namespace EcoAnalytics.Import;

/// <summary>The rules of one indicator of a row: one per kind of requirement its cells state.</summary>
internal sealed partial class ImportedRuleBuilder
{
    private void Add(Indicator indicator, Dictionary<string, ParsedThreshold?> bySet, RowContext context, CommonProperties common, string? unit, string suffix)
    {
        foreach (var rule in Rules(indicator, bySet, context, common, unit, suffix))
        {
            _rules.Add(rule);
        }
    }

    /// <summary>
    /// A rule holds one kind of requirement, with a threshold per set. A cell that states two (<c>≥55且不降低</c>), or threshold
    /// sets that state different kinds for the indicator (目标值 ≥20, 指标值 建立), give one rule per kind, in the order
    /// printed, each said in a note; a set without a value of a rule's kind is NotInSet for that rule, as a curator would
    /// write it (Dengfeng D12a / D12b).
    /// </summary>
    private List<JsonObject> Rules(Indicator indicator, Dictionary<string, ParsedThreshold?> bySet, RowContext context, CommonProperties common, string? unit, string suffix)
    {
        var stated = bySet
            .Where(p => p.Value is not null)
            .SelectMany(p => p.Value!.Also.Prepend(p.Value).Select(v => (Set: p.Key, Value: v)))
            .Where(e => Fits(indicator, e.Value, e.Set, context))
            .ToList();
        var kinds = stated.GroupBy(e => (e.Value.Requirement, e.Value.Comparator, e.Value.WithTrend)).ToList();
        if (kinds.Count == 0)
        {
            return [];
        }

        if (unit is not null && AnnexHeader.Compact(unit) != AnnexHeader.Compact(indicator.Unit))
        {
            Report(Severity.Warning, DiagnosticCodes.UnitMismatch, $"the table prints the unit '{unit}' for '{indicator.Code}', whose catalog unit is '{indicator.Unit}': the rule reads observations in '{indicator.Unit}' and the threshold as printed (nothing converted)", context, indicator.Code);
        }

        foreach (var (set, p) in stated.Where(e => e.Value.Note is not null))
        {
            Report(Severity.Info, DiagnosticCodes.ThresholdClause, $"{set}: {p.Note}", context, indicator.Code);
        }

        var rules = new List<JsonObject>();
        for (var k = 0; k < kinds.Count; k++)
        {
            var usable = new Dictionary<string, ParsedThreshold>(StringComparer.Ordinal);
            foreach (var (set, value) in kinds[k])
            {
                if (!usable.TryAdd(set, value))
                {
                    Report(Severity.Warning, DiagnosticCodes.ThresholdClause, $"{set}: '{value.Text}' states a second requirement of one kind for '{indicator.Code}' ('{usable[set].Text}' comes first); it is not encoded", context, indicator.Code);
                }
            }

            var first = usable.Values.First();
            var (comparator, expression) = Expression(first, indicator);
            var notes = usable.Where(u => u.Value.Note is not null).Select(u => $"{u.Key}: {u.Value.Note}.").Prepend(Note(first)).OfType<string>().ToList();
            if (kinds.Count > 1)
            {
                notes.Add($"One of {kinds.Count} requirements the row states for this indicator ({string.Join("; ", stated.Select(e => $"{e.Set}: {e.Value.Text}").Distinct())}); a rule holds one kind, so each has its own rule.");
            }

            var name = kinds.Count == 1 ? suffix : suffix.Length == 0 ? ((char)('a' + k)).ToString() : $"{suffix}{k + 1}";
            rules.Add(new JsonObject
            {
                ["RuleName"] = RuleName(context, name, indicator.Code),
                ["Expression"] = expression,
                ["Properties"] = Properties(indicator, first.Requirement, comparator, Thresholds(usable), first, _deadline, context, common, notes.Count == 0 ? null : string.Join(" ", notes)),
            });
        }

        if (kinds.Count > 1)
        {
            Report(Severity.Info, DiagnosticCodes.ThresholdClause, $"{kinds.Count} kinds of requirement for '{indicator.Code}' ({string.Join("; ", stated.Select(e => $"{e.Set}: {e.Value.Text}").Distinct())}): one rule each ({string.Join(", ", rules.Select(r => r["RuleName"]!.GetValue<string>()))})", context, indicator.Code);
        }

        return rules;
    }
}
