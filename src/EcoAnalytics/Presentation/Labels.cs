using EcoAnalytics.Catalog;
using EcoAnalytics.Data;
using EcoAnalytics.Evaluation;

namespace EcoAnalytics.Presentation;

/// <summary>The words of charts, report and workbook in Chinese or English: made here, at the output edge.</summary>
internal static class Labels
{
    public static string T(this ReportLanguage language, string zh, string en) => language == ReportLanguage.Zh ? zh : en;

    public static string Name(this ReportLanguage language, Indicator indicator) => language == ReportLanguage.Zh ? indicator.NameZh : indicator.NameEn;

    public static string Name(this ReportLanguage language, County county) => language == ReportLanguage.Zh ? county.NameZh : county.NameEn;

    /// <summary>The unit as an axis or table suffix; empty for status and unitless indicators.</summary>
    public static string Unit(this ReportLanguage language, Indicator indicator) => indicator.Unit switch
    {
        "-" or "" => string.Empty,
        "days" => language.T("天", "days"),
        "index" => language.T("指数", "index"),
        var unit => unit,
    };

    public static string WithUnit(this ReportLanguage language, Indicator indicator)
    {
        var unit = language.Unit(indicator);
        return unit.Length == 0 ? language.Name(indicator) : $"{language.Name(indicator)} ({unit})";
    }

    public static string Status(this ReportLanguage language, ComplianceStatus status) => status switch
    {
        ComplianceStatus.Met => language.T("达标", "met"),
        ComplianceStatus.NotMet => language.T("未达标", "not met"),
        ComplianceStatus.NoData => language.T("无数据", "no data"),
        ComplianceStatus.NotInSet => language.T("不属于该阈值组", "not in this threshold set"),
        _ => language.T("错误", "error"),
    };

    public static string SourceKind(this ReportLanguage language, SourceKind kind) => kind switch
    {
        Data.SourceKind.Seed => language.T("文件原文（观测）", "document (observed)"),
        Data.SourceKind.Published => language.T("公开发布（观测）", "published (observed)"),
        Data.SourceKind.Derived => language.T("推算值", "derived"),
        Data.SourceKind.Synthetic => language.T("合成数据（非观测）", "synthetic (not observed)"),
        _ => language.T("其他来源", "other source"),
    };

    public static string Synthetic(this ReportLanguage language) => language.T("合成数据", "synthetic");

    public static string Comparator(Direction? direction) => direction == Direction.LowerIsBetter ? "≤" : "≥";
}
