using EcoAnalytics.Evaluation;
using EcoAnalytics.Presentation.Charts;

namespace EcoAnalytics.Presentation.Report;

/// <summary>What the report covers and how it reads.</summary>
public sealed record ReportOptions
{
    /// <summary>Label language (default Chinese).</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Zh;

    /// <summary>Counties, threshold set and overrides, exactly as for evaluation; counties default to each programme's own.</summary>
    public EvaluationOptions Evaluation { get; init; } = EvaluationOptions.Default;

    /// <summary>
    /// False (default): with <see cref="EvaluationOptions.Counties"/> given, each programme runs only for the asked
    /// counties that are its own (<c>Programme.county</c>), and a programme none of them owns is left out. True: every
    /// programme runs against every asked county, also other counties' tables (a comparison, which the report says).
    /// </summary>
    public bool AnyProgramme { get; init; }

    /// <summary>Deadline for rules whose source gives none (default 2025, the end of the 14th Five-Year Plan).</summary>
    public int? DefaultDeadline { get; init; } = 2025;

    /// <summary>Interval coverage of the outlook (default 0.8).</summary>
    public double Level { get; init; } = 0.8;

    /// <summary>Indicators of the county comparison; null: those shared by the most counties (at most <see cref="MaxComparisons"/>).</summary>
    public IReadOnlyList<string>? CompareIndicators { get; init; }

    /// <summary>How many indicators the automatic county comparison shows.</summary>
    public int MaxComparisons { get; init; } = 12;

    /// <summary>When the report was made, printed in its header; null prints none (the file is then byte-for-byte reproducible).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>
    /// Further sections after the county comparison: the extension point for charts of later stages (the simulator's
    /// threshold-sweep curves and distributions at the deadline). Their charts count in the report's chart count.
    /// </summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>The defaults.</summary>
    public static ReportOptions Default { get; } = new();
}
