using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using EcoAnalytics.Presentation.Charts;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Presentation.Report;

/// <summary>One county's results for one programme, as the overview and the terminal summary show them.</summary>
/// <param name="County">County id.</param>
/// <param name="Programme">Programme name.</param>
/// <param name="Met">Rows met.</param>
/// <param name="NotMet">Rows not met.</param>
/// <param name="NoData">Rows without the data to judge.</param>
/// <param name="Error">Rows that could not be evaluated.</param>
/// <param name="OnTrack">Outlook rows on track (already met, or at least an even chance at the deadline).</param>
/// <param name="Projected">Outlook rows with a probability (a target and a deadline).</param>
/// <param name="Synthetic">Compliance rows that read synthetic values.</param>
public sealed record CountySummary(string County, string Programme, int Met, int NotMet, int NoData, int Error, int OnTrack, int Projected, int Synthetic)
{
    /// <summary>Rows not part of the threshold set evaluated (no threshold there, no declared inheritance).</summary>
    public int NotInSet { get; init; }
}

/// <summary>
/// Everything the report shows, computed once: the compliance table and the outlook of every programme for its
/// counties, the per-county summary, and the series behind the indicator charts and the county comparison.
/// </summary>
public sealed class ReportData
{
    private ReportData(Dataset dataset, IReadOnlyList<CompiledProgramme> programmes, ReportOptions options)
    {
        Dataset = dataset;
        Options = options;
        var scoped = programmes.Select(p => (Programme: p, Evaluation: Scope(p, options))).Where(s => s.Evaluation is not null).ToList();
        Programmes = scoped.Select(s => s.Programme).ToList();
        Compliance = scoped.Select(s => ProgrammeEvaluator.Evaluate(s.Programme, dataset, s.Evaluation)).ToList();
        Outlook = scoped.Select(s => ProgrammeForecaster.Forecast(
            s.Programme, dataset, new ForecastOptions { Evaluation = s.Evaluation!, DefaultDeadline = options.DefaultDeadline, Level = options.Level })).ToList();
        ComplianceRows = Compliance.Select(t => (IReadOnlyList<ComplianceResult>)t.ToList()).ToList();
        Counties = ComplianceRows.SelectMany(t => t.Select(r => r.County)).Concat(scoped.SelectMany(s => s.Evaluation!.Counties ?? [s.Programme.Programme.County]))
            .Distinct().Select(dataset.Counties.Find).OfType<County>().OrderBy(c => dataset.Counties.IndexOf(c.Id)).ToList();
        Summary = Summarise().ToList();
        Series = BuildSeries().ToList();
    }

    /// <summary>The dataset.</summary>
    public Dataset Dataset { get; }

    /// <summary>The programmes reported, in the order given (without those left out because none of the asked counties owns them).</summary>
    public IReadOnlyList<CompiledProgramme> Programmes { get; }

    /// <summary>The options.</summary>
    public ReportOptions Options { get; }

    /// <summary>The compliance table of each programme (same order as <see cref="Programmes"/>).</summary>
    public IReadOnlyList<ComplianceTable> Compliance { get; }

    /// <summary>The rows of each compliance table, materialised once (messages included).</summary>
    public IReadOnlyList<IReadOnlyList<ComplianceResult>> ComplianceRows { get; }

    /// <summary>The outlook of each programme (same order as <see cref="Programmes"/>).</summary>
    public IReadOnlyList<ForecastTable> Outlook { get; }

    /// <summary>The counties reported on, in registry order.</summary>
    public IReadOnlyList<County> Counties { get; }

    /// <summary>Per county and programme: met, not met, no data, on track.</summary>
    public IReadOnlyList<CountySummary> Summary { get; }

    /// <summary>The series of every indicator chart: per county, each numeric indicator its programmes project, with data.</summary>
    public IReadOnlyList<IndicatorSeries> Series { get; }

    /// <summary>Evaluates and forecasts <paramref name="programmes"/> over <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="programmes">The programmes.</param>
    /// <param name="options">Counties, thresholds, language; null for the defaults.</param>
    public static ReportData Build(Dataset dataset, IEnumerable<CompiledProgramme> programmes, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(programmes);
        return new ReportData(dataset, programmes.ToList(), options ?? ReportOptions.Default);
    }

    /// <summary>The programmes that report on a county, with their tables.</summary>
    /// <param name="county">County id.</param>
    public IEnumerable<(CompiledProgramme Programme, ComplianceTable Compliance, IReadOnlyList<ComplianceResult> Rows, ForecastTable Outlook)> For(string county)
    {
        for (var k = 0; k < Programmes.Count; k++)
        {
            if (ComplianceRows[k].Any(r => r.County == county) || Outlook[k].Any(r => r.County == county))
            {
                yield return (Programmes[k], Compliance[k], ComplianceRows[k], Outlook[k]);
            }
        }
    }

    /// <summary>The indicators of the county comparison: the ones asked for, or those with series in the most counties (at least two).</summary>
    public IReadOnlyList<Indicator> ComparisonIndicators()
    {
        if (Options.CompareIndicators is { } asked)
        {
            return asked.Select(Dataset.Catalog.Find).OfType<Indicator>().ToList();
        }

        return Series.GroupBy(s => s.Indicator.Code).Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => Dataset.Catalog.IndexOf(g.Key))
            .Take(Options.MaxComparisons).Select(g => Dataset.Catalog[g.Key]).ToList();
    }

    /// <summary>The series of one indicator in every county that has it, in county order.</summary>
    /// <param name="indicator">Indicator code.</param>
    public IReadOnlyList<IndicatorSeries> SeriesOf(string indicator) =>
        Series.Where(s => s.Indicator.Code == indicator).ToList();

    /// <summary>The evaluation options a programme runs with: its own county among those asked, unless <see cref="ReportOptions.AnyProgramme"/>; null when it has none.</summary>
    private static EvaluationOptions? Scope(CompiledProgramme programme, ReportOptions options)
    {
        if (options.Evaluation.Counties is not { } asked || options.AnyProgramme)
        {
            return options.Evaluation;
        }

        var own = programme.Programme.County;
        return asked.Contains(own, StringComparer.Ordinal) ? options.Evaluation with { Counties = [own] } : null;
    }

    private IEnumerable<CountySummary> Summarise()
    {
        foreach (var county in Counties)
        {
            foreach (var (programme, _, compliance, outlook) in For(county.Id))
            {
                var rows = compliance.Where(r => r.County == county.Id).ToList();
                var projected = outlook.Where(r => r.County == county.Id && r.OnTrack is not null).ToList();
                yield return new CountySummary(
                    county.Id, programme.Programme.Name,
                    rows.Count(r => r.Status == ComplianceStatus.Met), rows.Count(r => r.Status == ComplianceStatus.NotMet),
                    rows.Count(r => r.Status == ComplianceStatus.NoData), rows.Count(r => r.Status == ComplianceStatus.Error),
                    projected.Count(r => r.OnTrack == true), projected.Count, rows.Count(r => r.IsSynthetic))
                {
                    NotInSet = rows.Count(r => r.Status == ComplianceStatus.NotInSet),
                };
            }
        }
    }

    private IEnumerable<IndicatorSeries> BuildSeries()
    {
        var outlook = Programmes.Zip(Outlook).SelectMany(p => p.Second.Select(r => (p.First.Programme.Name, r))).ToList();
        foreach (var county in Counties)
        {
            var mine = outlook.Where(o => o.r.County == county.Id).ToList();
            foreach (var code in mine.Select(o => o.r.Indicator).Distinct().OrderBy(Dataset.Catalog.IndexOf))
            {
                if (Dataset.Catalog.Find(code) is not { Kind: not IndicatorKind.Status } indicator)
                {
                    continue;
                }

                var series = IndicatorSeries.From(Dataset.Panel, county, indicator, mine);
                if (series.Points.Count > 0)
                {
                    yield return series;
                }
            }
        }
    }
}
