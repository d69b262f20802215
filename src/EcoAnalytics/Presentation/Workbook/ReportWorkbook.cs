using EcoAnalytics.Internal;
using EcoAnalytics.Evaluation;
using EcoAnalytics.Outlook;
using EcoAnalytics.Presentation.Report;
using MiniExcelLibs;

namespace EcoAnalytics.Presentation.Workbook;

/// <summary>
/// The report as an Excel workbook (MiniExcel): an overview sheet, a sheet per programme with each rule's compliance
/// and its outlook side by side, the sources of every value, and the rules' provenance. Headers are Chinese, numbers
/// are numeric cells, and every row that reads a synthetic value says so in its 数据性质 column.
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The 数据性质 of a row that read a generated value.</summary>
    public const string SyntheticMark = "合成数据（非观测）";

    /// <summary>The 数据性质 of a row of observed values only.</summary>
    public const string ObservedMark = "观测";

    /// <summary>The columns of each programme sheet, in order.</summary>
    public static IReadOnlyList<string> ProgrammeColumns { get; } =
    [
        "县", "方案", "规则", "指标代码", "指标", "单位", "年份", "值", "比较", "阈值", "阈值组", "状态", "差距",
        "截止年", "目标", "截止年预测", "区间下限", "区间上限", "区间水平", "达标概率", "预计达标年", "模型", "数据性质", "说明",
    ];

    /// <summary>Writes the workbook (overwriting the file).</summary>
    /// <param name="data">The report's data.</param>
    /// <param name="path">The .xlsx file.</param>
    public static void Write(ReportData data, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        var sheets = new Dictionary<string, object> { ["总览"] = Overview(data) };
        for (var k = 0; k < data.Programmes.Count; k++)
        {
            sheets[SheetName(data.Programmes[k].Programme.Name, sheets.Keys)] = Programme(data, data.Programmes[k].Programme.Name, data.ComplianceRows[k], data.Outlook[k]);
        }

        sheets["来源"] = SourceRows(data);
        sheets["规则出处"] = data.Programmes.SelectMany(p => p.Programme.AllRules.Select(r => Row(
            ("方案", p.Programme.Name), ("规则", r.Name), ("指标代码", r.Indicator), ("文件", r.Source.Document), ("行", r.Source.Line), ("条目", r.Source.Item), ("原文", r.Source.Quote)))).ToList();
        MiniExcel.SaveAs(path, sheets, overwriteFile: true);
    }

    /// <summary>A valid, unique sheet name (at most 31 characters, none of <c>[]:*?/\</c>).</summary>
    internal static string SheetName(string name, IEnumerable<string> taken)
    {
        var clean = new string(name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '_' : ch).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var used = taken.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidate = clean;
        for (var n = 2; used.Contains(candidate); n++)
        {
            var suffix = $"~{n}";
            candidate = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return candidate;
    }

    private static List<Dictionary<string, object?>> Overview(ReportData data) =>
        data.Summary.Select(s => Row(
            ("县", s.County), ("县名", data.Dataset.Counties.Find(s.County)?.NameZh), ("方案", s.Programme), ("达标", s.Met), ("未达标", s.NotMet), ("无数据", s.NoData),
            ("错误", s.Error), ("不属于该阈值组", s.NotInSet), ("按期可达", s.OnTrack), ("可预测", s.Projected), ("含合成数据的行", s.Synthetic))).ToList();

    private static List<Dictionary<string, object?>> Programme(ReportData data, string programme, IReadOnlyList<ComplianceResult> compliance, ForecastTable outlook)
    {
        var catalog = data.Dataset.Catalog;
        var rows = new List<Dictionary<string, object?>>();
        var byKey = outlook.ToLookup(r => (r.County, r.Rule, r.Indicator));
        var matched = new HashSet<ForecastRow>(ReferenceEqualityComparer.Instance);
        foreach (var r in compliance)
        {
            var o = byKey[(r.County, r.Rule, r.Indicator)].FirstOrDefault();
            if (o is not null)
            {
                matched.Add(o);
            }

            rows.Add(Line(catalog, programme, r.County, r.Rule, r.Indicator, r, o));
        }

        foreach (var o in outlook.Where(o => !matched.Contains(o)))
        {
            rows.Add(Line(catalog, programme, o.County, o.Rule, o.Indicator, null, o));
        }

        return rows;
    }

    private static Dictionary<string, object?> Line(Catalog.IndicatorCatalog catalog, string programme, string county, string rule, string code, ComplianceResult? r, ForecastRow? o)
    {
        var indicator = catalog.Find(code);
        var synthetic = (r?.IsSynthetic ?? false) || (o?.IsSynthetic ?? false);
        return Row(
            ("县", county), ("方案", programme), ("规则", rule), ("指标代码", code), ("指标", indicator?.NameZh), ("单位", indicator?.Unit),
            ("年份", r?.Year), ("值", r?.Value), ("比较", r?.Comparator), ("阈值", r?.Threshold), ("阈值组", r?.ThresholdSet),
            ("状态", r is null ? null : ReportLanguage.Zh.Status(r.Status)), ("差距", r?.Gap),
            ("截止年", o?.Goal.Deadline), ("目标", o?.Goal.Target), ("截止年预测", Precision.Significant(o?.AtDeadline?.Median)), ("区间下限", Precision.Significant(o?.AtDeadline?.Lower)),
            ("区间上限", Precision.Significant(o?.AtDeadline?.Upper)), ("区间水平", o?.AtDeadline is null ? null : o.Level), ("达标概率", Precision.Significant(o?.ProbabilityMet)),
            ("预计达标年", o?.ExpectedYearMet), ("模型", o is null ? null : ForecastTable.ModelName(o.Model)),
            ("数据性质", synthetic ? SyntheticMark : ObservedMark),
            ("说明", string.Join("；", new[] { r?.Message, o?.Note }.Where(m => !string.IsNullOrEmpty(m)))));
    }

    private static List<Dictionary<string, object?>> SourceRows(ReportData data)
    {
        var counties = data.Counties.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return data.Dataset.Observations.Where(o => counties.Contains(o.County)).Select(o => Row(
            ("县", o.County), ("指标代码", o.Indicator), ("指标", data.Dataset.Catalog.Find(o.Indicator)?.NameZh), ("年份", o.Year), ("值", o.Value), ("标签", o.Label),
            ("来源类型", ReportLanguage.Zh.SourceKind(o.SourceKind)), ("来源", o.Source), ("数据性质", o.IsSynthetic ? SyntheticMark : ObservedMark), ("说明", o.Note))).ToList();
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value, StringComparer.Ordinal);
}
