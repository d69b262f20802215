namespace EcoAnalytics.Presentation;

/// <summary>The language of chart labels, report headings and workbook headers.</summary>
public enum ReportLanguage
{
    /// <summary>Chinese (the default: the language of the programmes and of the analysts).</summary>
    Zh,

    /// <summary>English.</summary>
    En,
}
