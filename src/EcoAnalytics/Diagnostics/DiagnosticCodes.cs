namespace EcoAnalytics.Diagnostics;

/// <summary>Stable diagnostic identifiers. Numbers never change meaning once released.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file does not exist or cannot be read.</summary>
    public const string FileNotFound = "ECO001";

    /// <summary>The file has no header or no rows.</summary>
    public const string EmptyFile = "ECO002";

    /// <summary>The bytes are not valid in the selected or detected encoding.</summary>
    public const string WrongEncoding = "ECO003";

    /// <summary>The file was decoded with a legacy Chinese encoding (GB18030/GBK).</summary>
    public const string LegacyEncoding = "ECO004";

    /// <summary>The fields are separated by semicolons or tabs, not commas; the file was read that way.</summary>
    public const string Delimiter = "ECO005";

    /// <summary>The file is UTF-16 without a byte-order mark (Excel's "Unicode text"); it was decoded as such.</summary>
    public const string Utf16WithoutBom = "ECO006";

    /// <summary>Full-width digits or signs (２０２１, ７０．５, ％) in a number were read as their ASCII forms.</summary>
    public const string FullWidthNormalised = "ECO007";

    /// <summary>A required column is missing from the header.</summary>
    public const string MissingColumn = "ECO010";

    /// <summary>A row has a different number of fields than the header, or an unterminated quote.</summary>
    public const string MalformedRow = "ECO011";

    /// <summary>A header column is not one the format knows (ignored).</summary>
    public const string UnknownColumn = "ECO012";

    /// <summary>A county or unit id is not in counties.csv.</summary>
    public const string UnknownCounty = "ECO101";

    /// <summary>An indicator code is not in indicators.csv.</summary>
    public const string UnknownIndicator = "ECO102";

    /// <summary>A year is not an integer in a plausible range.</summary>
    public const string InvalidYear = "ECO103";

    /// <summary>A numeric value does not parse as an invariant-culture number.</summary>
    public const string NotANumber = "ECO104";

    /// <summary>A value lies outside the indicator's physical bounds.</summary>
    public const string OutOfBounds = "ECO105";

    /// <summary>The same county, indicator and year appear on more than one line.</summary>
    public const string Duplicate = "ECO106";

    /// <summary>A row has no source: every observation must say where it comes from.</summary>
    public const string MissingSource = "ECO107";

    /// <summary>A status label is not on the status ladder.</summary>
    public const string UnknownStatus = "ECO108";

    /// <summary>An observation or target is for a year after the current one.</summary>
    public const string FutureYear = "ECO109";

    /// <summary>A count (days, water bodies, incidents) is not a whole number.</summary>
    public const string NotWholeCount = "ECO110";

    /// <summary>Two related indicators contradict each other (e.g. good-air days vs good-air ratio).</summary>
    public const string Inconsistent = "ECO120";

    /// <summary>A catalog or county-table row is invalid.</summary>
    public const string InvalidCatalogRow = "ECO130";

    /// <summary>A rule file is not valid JSON or not a workflow.</summary>
    public const string InvalidWorkflow = "ECO200";

    /// <summary>Two rules in one workflow share a name.</summary>
    public const string DuplicateRule = "ECO201";

    /// <summary>A rule names an indicator the catalog does not know.</summary>
    public const string RuleUnknownIndicator = "ECO202";

    /// <summary>A rule expression does not parse or compile.</summary>
    public const string InvalidExpression = "ECO203";

    /// <summary>A rule expression is not boolean.</summary>
    public const string NonBooleanExpression = "ECO204";

    /// <summary>A rule expression reaches for a type or member outside the sandbox.</summary>
    public const string ForbiddenAccess = "ECO205";

    /// <summary>A rule's Properties are missing or invalid (source, comparator, thresholds, …).</summary>
    public const string InvalidRuleProperties = "ECO206";

    /// <summary>A rule expression disagrees with its declared comparator at the threshold.</summary>
    public const string ComparatorMismatch = "ECO207";

    /// <summary>A rule uses a RulesEngine feature EcoAnalytics does not allow (actions, templates, injection).</summary>
    public const string UnsupportedFeature = "ECO208";

    /// <summary>A threshold set or override names something the workflow does not have.</summary>
    public const string UnknownThresholdSet = "ECO209";

    /// <summary>A scenario file or scenario text is not usable (syntax, unknown kind, negative push, unknown target).</summary>
    public const string InvalidScenario = "ECO300";

    /// <summary>An import input has no usable table: no header row with an indicator column and a value column.</summary>
    public const string NoTable = "ECO400";

    /// <summary>A threshold cell of an annex table whose text is none of the forms the importer reads.</summary>
    public const string UnparsedThreshold = "ECO401";

    /// <summary>An indicator name of an imported table that no catalog alias matches.</summary>
    public const string UnknownIndicatorName = "ECO402";

    /// <summary>A unit printed in an imported table that is not the catalog's unit of the indicator.</summary>
    public const string UnitMismatch = "ECO403";

    /// <summary>An imported row whose cells cannot be made into a rule (counts that do not pair, kinds that disagree).</summary>
    public const string ImportedRowUnusable = "ECO404";

    /// <summary>
    /// A threshold cell read clause by clause (<c>得到严格保护，面积不减少，性质不改变，功能不降低</c>), or a value given to the
    /// heading of its row: says how it was read, or which clause no rule encodes and why.
    /// </summary>
    public const string ThresholdClause = "ECO405";
}
