using System.Globalization;

namespace EcoAnalytics.Diagnostics;

/// <summary>
/// Keeps diagnostics readable and bounded on pathological input: per code, file and severity the first
/// <see cref="DefaultExamples"/> findings are kept as they are, and the rest become one summary diagnostic with their
/// count, severity and line range. A file of 400,000 duplicate rows then gives 20 messages and one line "… and
/// 399,980 more", not 400,000 lines.
/// </summary>
public static class DiagnosticCap
{
    /// <summary>Findings kept per code and file before the rest are summarised.</summary>
    public const int DefaultExamples = 20;

    /// <summary>The diagnostics with every (code, file, severity) group cut to <paramref name="examples"/> plus one summary; order kept.</summary>
    /// <param name="diagnostics">All findings, in file order.</param>
    /// <param name="examples">How many of each group to keep as they are.</param>
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, int examples = DefaultExamples)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfNegative(examples);
        var counts = new Dictionary<(string Code, string? File, Severity Severity), int>();
        var over = false;
        foreach (var d in diagnostics)
        {
            var key = (d.Code, d.File, d.Severity);
            var count = counts.GetValueOrDefault(key) + d.Count;
            counts[key] = count;
            if (count > examples || d.Count > 1)
            {
                over = true;
                break;
            }
        }

        if (!over)
        {
            return diagnostics;
        }

        var kept = new List<Diagnostic>(Math.Min(diagnostics.Count, 1024));
        var groups = new Dictionary<(string Code, string? File, Severity Severity), Group>();
        foreach (var d in diagnostics)
        {
            var key = (d.Code, d.File, d.Severity);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group { Position = -1 };
            }

            if (group.Kept < examples && d.Count == 1)
            {
                group.Kept++;
                kept.Add(d);
                continue;
            }

            group.Dropped += d.Count;
            group.FirstLine ??= d.Line;
            group.LastLine = d.Line ?? group.LastLine;
            if (group.Position < 0)
            {
                group.Position = kept.Count;
                kept.Add(d);
            }
        }

        foreach (var ((code, file, severity), group) in groups.Where(g => g.Value.Position >= 0))
        {
            var lines = group.FirstLine is { } first && group.LastLine is { } last ? $" (lines {first}–{last})" : string.Empty;
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"… and {group.Dropped:N0} more {code} {severity.ToString().ToLowerInvariant()}(s) in this file{lines}, not listed; the first {group.Kept} are above");
            kept[group.Position] = new Diagnostic(severity, code, message, file) { Count = group.Dropped };
        }

        return kept;
    }

    private sealed class Group
    {
        public int Kept { get; set; }

        public int Dropped { get; set; }

        public int Position { get; set; }

        public int? FirstLine { get; set; }

        public int? LastLine { get; set; }
    }
}
