using EcoAnalytics.Catalog;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Import;

/// <summary>The rows whose indicator cell is a heading with its components (<c>自然生态空间： 生态保护红线 自然保护地 …</c>).</summary>
internal sealed partial class ImportedRuleBuilder
{
    /// <summary>
    /// Gives the heading what is the heading's: one status printed for the whole row (得到严格保护), the status clause of a
    /// sentence (<see cref="ThresholdClauses"/>), and a status printed in the place of a component measured as a number
    /// (执行 for a protection rate) when the heading is a status indicator whose scale has the label, said in a warning.
    /// Adds the heading's rule; true when nothing is left for the components.
    /// </summary>
    private bool HeadingRule(NameReading reading, Dictionary<string, IReadOnlyList<ParsedThreshold?>?> perSet, Dictionary<string, ParsedThreshold?> heading, RowContext context, CommonProperties common, string? unit)
    {
        if (reading.Group is not { } group || reading.Composite)
        {
            return false;
        }

        foreach (var (key, list) in perSet.ToList())
        {
            if (reading.Parts.Count > 1 && list is [{ Requirement: Requirement.Status } only] && !heading.ContainsKey(key))
            {
                heading[key] = only;
                perSet.Remove(key);
            }
            else if (group.Kind == IndicatorKind.Status && list is { Count: > 1 } && !heading.ContainsKey(key)
                && Enumerable.Range(0, list.Count).Where(k => list[k] is { Requirement: Requirement.Status } && reading.Parts[k].Kind != IndicatorKind.Status).ToList() is [var stray]
                && StatusScale.LevelOf(list[stray]!.Label!, group.Scale) is not null)
            {
                var part = reading.Parts[stray];
                Report(Severity.Warning, DiagnosticCodes.ThresholdClause, $"{key}: '{list[stray]!.Label}' is a status label in the place of '{part.Code}', which is measured in {part.Unit}: read as the status of the heading '{group.Code}' ({group.NameZh})", context, group.Code);
                heading[key] = list[stray];
                perSet[key] = list.Select((value, k) => k == stray ? null : value).ToList();
            }
        }

        if (heading.Count == 0)
        {
            return false;
        }

        Add(group, heading, context, common, unit, suffix: string.Empty);
        return perSet.Values.All(v => v is null || v.All(p => p is null));
    }

    /// <summary>Takes what <paramref name="clauses"/> give for one threshold set and says, in one diagnostic, how the cell was read.</summary>
    private void ReadClauses(ThresholdClauses clauses, (string Key, string Printed) set, string text, NameReading reading, RowContext context, int column, Dictionary<string, ParsedThreshold?> heading, Dictionary<string, IReadOnlyList<ParsedThreshold?>?> perSet)
    {
        var read = new List<string>();
        if (clauses.Heading is { } status && reading.Group is { } group)
        {
            heading[set.Key] = status;
            read.Add($"'{status.Text}' for the heading '{group.Code}'");
        }

        if (clauses.Parts is { } parts)
        {
            perSet[set.Key] = [parts];
            read.Add($"'{parts.Text}' for each of {string.Join(", ", reading.Parts.Select(p => $"'{p.Code}'"))}");
            foreach (var part in reading.Parts.Where(p => clauses.Subject.Length > 0 && !ThresholdClauses.Names(p).Any(n => n.Contains(clauses.Subject, StringComparison.Ordinal))))
            {
                read.Add($"for '{part.Code}' ({part.NameZh}, {part.Unit}), whose name does not say '{clauses.Subject}', as its own value");
            }
        }

        var notEncoded = clauses.NotEncoded.Select(n => $"'{n.Clause}' ({n.Why})").ToList();
        var message = $"{set.Key} ({set.Printed}): '{ThresholdText.Normalize(text)}' read clause by clause: {string.Join("; ", read)}"
            + (notEncoded.Count > 0 ? $". Not encoded by any rule: {string.Join("; ", notEncoded)}" : string.Empty);
        diagnostics.Add(new Diagnostic(notEncoded.Count > 0 ? Severity.Warning : Severity.Info, DiagnosticCodes.ThresholdClause, message, context.Table.File, context.Row.Number, column + 1));
    }
}
