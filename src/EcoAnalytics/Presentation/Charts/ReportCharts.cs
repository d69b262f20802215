using Plotly.NET;

namespace EcoAnalytics.Presentation.Charts;

/// <summary>A chart of the report with the anchor it is drawn in.</summary>
/// <param name="Id">The div id (<c>chart-1</c>, …), stable for the same data.</param>
/// <param name="Chart">The chart.</param>
public sealed record ReportChart(string Id, GenericChart Chart);

/// <summary>A section of further charts (see <c>ReportOptions.Sections</c> in <c>EcoAnalytics.Presentation.Report</c>).</summary>
/// <param name="Id">Anchor id, e.g. <c>threshold-sweep</c>.</param>
/// <param name="Title">Heading.</param>
/// <param name="Intro">A paragraph of plain text under the heading (shown as text, not HTML).</param>
/// <param name="Charts">The charts.</param>
public sealed record ReportSection(string Id, string Title, string Intro, IReadOnlyList<GenericChart> Charts);
