using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Diagnostics;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using EcoAnalytics.Presentation.Charts;

namespace EcoAnalytics.Presentation.Report;

/// <summary>The report's table sections: a county's programmes, data validation, provenance.</summary>
internal static class HtmlSections
{
    public static void County(Html html, ReportData data, County county, Queue<ReportChart> charts)
    {
        var language = data.Options.Language;
        var catalog = data.Dataset.Catalog;
        html.Line($"<section id=\"county-{Html.E(county.Id)}\"><h2>{Html.E(county.Label)} <small>{Html.E(county.NameEn)} · {Html.E(county.Province)} {Html.E(county.Prefecture)}</small></h2>");
        foreach (var (compiled, table, compliance, outlook) in data.For(county.Id))
        {
            var p = compiled.Programme;
            var set = table.Options.ThresholdSet ?? p.DefaultThresholdSet;
            html.Line($"<h3>{Html.E(p.Name)}：{Html.E(p.Title)}</h3><p>{Html.E(p.Reference)} {Html.E(p.Issued)} · {Html.E(language.T("阈值组", "threshold set"))} {Html.E(set)} = {Html.E(p.ThresholdSets.GetValueOrDefault(set, set))}</p>");
            if (!string.Equals(p.County, county.Id, StringComparison.Ordinal))
            {
                html.Line($"<p class=\"note\">{Html.E(language.T($"注意：这是 {p.County} 的指标表，按 --any-programme 用于 {county.Id}：仅作比较，不是该县的考核。", $"Note: this is {p.County}'s table, run against {county.Id} with --any-programme: a comparison, not that county's assessment."))}</p>");
            }

            html.Line($"<h4>{Html.E(language.T("达标情况", "Compliance"))}</h4>");
            html.StartTable($"compliance-{county.Id}", language,
                language.T("年份", "Year"), language.T("规则", "Rule"), language.T("指标", "Indicator"), language.T("值", "Value"), language.T("单位", "Unit"),
                language.T("比较", "Cmp"), language.T("阈值", "Threshold"), language.T("状态", "Status"), language.T("差距", "Gap"), language.T("数据", "Data"), language.T("说明", "Message"));
            foreach (var r in compliance.Where(r => r.County == county.Id))
            {
                var indicator = catalog.Find(r.Indicator);
                html.StartRow(r.IsSynthetic);
                html.Number(r.Year);
                html.Cell(r.Rule);
                html.Cell(indicator is null ? r.Indicator : language.Name(indicator));
                html.Number(r.Value);
                html.Cell(indicator is null ? string.Empty : language.Unit(indicator));
                html.Cell(r.Comparator);
                html.Number(r.Threshold);
                html.Cell(language.Status(r.Status), StatusClass(r.Status));
                html.Number(r.Gap, r.Gap is { } g ? (g > 0 ? "+" : string.Empty) + Html.N(g) : null);
                html.CellHtml(r.IsSynthetic ? $"<span class=\"badge\">{Html.E(language.Synthetic())}</span>" : Html.E(r.Source is { } s ? language.SourceKind(Sources.KindOf(s)) : string.Empty));
                html.Cell(r.Message);
                html.EndRow();
            }

            html.EndTable();
            html.Line($"<h4>{Html.E(language.T($"展望：按当前趋势能否在截止年达标（{data.Options.Level * 100:0}% 区间）", $"Outlook: will the target be met by the deadline at today's pace ({data.Options.Level * 100:0}% intervals)"))}</h4>");
            html.StartTable($"outlook-{county.Id}", language,
                language.T("规则", "Rule"), language.T("指标", "Indicator"), language.T("截止年", "Deadline"), language.T("目标", "Target"), language.T("最新年", "Latest year"),
                language.T("最新值", "Latest"), language.T("截止年预测", "Projected"), language.T("区间下限", "Lower"), language.T("区间上限", "Upper"),
                language.T("达标概率", "P(met)"), language.T("预计达标年", "Year met"), language.T("模型", "Model"), "Eurostat", language.T("数据", "Data"), language.T("说明", "Note"));
            foreach (var r in outlook.Where(r => r.County == county.Id))
            {
                var indicator = catalog.Find(r.Indicator);
                html.StartRow(r.IsSynthetic);
                html.Cell(r.Rule);
                html.Cell(indicator is null ? r.Indicator : language.WithUnit(indicator));
                html.Number(r.Goal.Deadline);
                html.Number(r.Goal.Target, r.Goal.Target is { } t ? $"{Labels.Comparator(r.Goal.Direction)} {Html.N(t)}" : null);
                html.Number(r.Latest?.Year);
                html.Number(r.Latest?.Value);
                html.Number(r.AtDeadline?.Median);
                html.Number(r.AtDeadline?.Lower);
                html.Number(r.AtDeadline?.Upper);
                html.Number(r.ProbabilityMet, Html.P(r.ProbabilityMet));
                html.Number(r.ExpectedYearMet);
                html.Cell(ForecastTable.ModelName(r.Model));
                html.Cell(ForecastTable.VerdictLabel(r, r.Verdicts.Eurostat));
                html.CellHtml(r.IsSynthetic ? $"<span class=\"badge\">{Html.E(language.Synthetic())}</span>" : string.Empty);
                html.Cell(r.Note);
                html.EndRow();
            }

            html.EndTable();
        }

        var mine = data.Series.Where(s => s.County.Id == county.Id).ToList();
        html.Line($"<h3>{Html.E(language.T($"指标图（{mine.Count}）", $"Indicator charts ({mine.Count})"))}</h3><div class=\"charts\">");
        foreach (var _ in mine)
        {
            HtmlReport.ChartDiv(html, charts.Dequeue());
        }

        html.Line("</div></section>");
    }

    public static void Validation(Html html, ReportData data)
    {
        var language = data.Options.Language;
        var diagnostics = data.Dataset.Diagnostics.Concat(data.Programmes.SelectMany(p => p.Diagnostics)).ToList();
        html.Line($"<section id=\"validation\"><h2>{Html.E(language.T("数据校验", "Data validation"))}</h2>");
        html.Line($"<p>{Html.E(language.T(
            $"{diagnostics.Count(d => d.IsError)} 个错误，{diagnostics.Count(d => d.Severity == Severity.Warning)} 个警告，{diagnostics.Count(d => d.Severity == Severity.Info)} 条提示。",
            $"{diagnostics.Count(d => d.IsError)} errors, {diagnostics.Count(d => d.Severity == Severity.Warning)} warnings, {diagnostics.Count(d => d.Severity == Severity.Info)} notes."))}</p>");
        html.StartTable("validation", language, language.T("级别", "Severity"), language.T("代码", "Code"), language.T("位置", "Location"), language.T("县", "County"), language.T("指标", "Indicator"), language.T("信息", "Message"));
        foreach (var d in diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : d.Severity == Severity.Warning ? 1 : 2))
        {
            html.StartRow();
            html.Cell(d.Severity.ToString(), d.IsError ? "notmet" : null);
            html.Cell(d.Code);
            html.Cell(d.Location);
            html.Cell(d.County);
            html.Cell(d.Indicator);
            html.Cell(d.Message);
            html.EndRow();
        }

        html.EndTable();
        html.Line("</section>");
    }

    public static void Provenance(Html html, ReportData data)
    {
        var language = data.Options.Language;
        html.Line($"<section id=\"provenance\"><h2>{Html.E(language.T("出处", "Provenance"))}</h2><h3>{Html.E(language.T("规则 → 文件、行与原文", "Rules → document, line and quote"))}</h3>");
        html.StartTable("rules", language, language.T("方案", "Programme"), language.T("规则", "Rule"), language.T("指标", "Indicator"), language.T("文件", "Document"), language.T("行", "Line"), language.T("条目", "Item"), language.T("原文", "Quote"));
        foreach (var compiled in data.Programmes)
        {
            foreach (var rule in compiled.Programme.AllRules)
            {
                html.StartRow();
                html.Cell(compiled.Programme.Name);
                html.Cell(rule.Name);
                html.Cell(rule.Indicator);
                html.Cell(rule.Source.Document);
                html.Number(rule.Source.Line);
                html.Cell(rule.Source.Item);
                html.Cell(rule.Source.Quote, "quote");
                html.EndRow();
            }
        }

        html.EndTable();
        html.Line($"<h3>{Html.E(language.T("观测值 → 来源（网址以文字显示，报告不加载任何外部资源）", "Values → source (URLs shown as text; the report loads no external resource)"))}</h3>");
        var counties = data.Counties.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var catalog = data.Dataset.Catalog;
        html.StartTable("sources", language, language.T("县", "County"), language.T("指标", "Indicator"), language.T("年份", "Year"), language.T("值", "Value"), language.T("来源类型", "Kind"), language.T("来源", "Source"), language.T("说明", "Note"));
        foreach (var o in data.Dataset.Observations.Where(o => counties.Contains(o.County)))
        {
            html.StartRow(o.IsSynthetic);
            html.Cell(o.County);
            html.Cell(catalog.Find(o.Indicator) is { } i ? language.Name(i) : o.Indicator);
            html.Number(o.Year);
            html.Number(o.Value, o.Label ?? Html.N(o.Value));
            html.CellHtml(o.IsSynthetic ? $"<span class=\"badge\">{Html.E(language.SourceKind(o.SourceKind))}</span>" : Html.E(language.SourceKind(o.SourceKind)));
            html.CellHtml($"<code class=\"source\">{Html.E(o.Source)}</code>" + (o.File is { } f && o.Line > 0 ? $" <small>({Html.E(Path.GetFileName(f))}:{o.Line})</small>" : string.Empty));
            html.Cell(o.Note);
            html.EndRow();
        }

        html.EndTable();
        html.Line("</section>");
    }

    private static string StatusClass(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => "met",
        ComplianceStatus.NotMet => "notmet",
        ComplianceStatus.NoData or ComplianceStatus.NotInSet => "nodata",
        _ => "error",
    };
}
