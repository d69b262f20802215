using System.Text.RegularExpressions;

namespace EcoAnalytics.Import;

/// <summary>What a column of an annex table holds.</summary>
public enum AnnexColumn
{
    /// <summary>序号.</summary>
    Number,

    /// <summary>领域 / 目标 (the group of tasks).</summary>
    Domain,

    /// <summary>任务.</summary>
    Task,

    /// <summary>指标 / 指标名称.</summary>
    Indicator,

    /// <summary>单位.</summary>
    Unit,

    /// <summary>A threshold column: 目标值, 目标参考值, 2023年目标值, 指标值.</summary>
    Threshold,

    /// <summary>牵头单位.</summary>
    Lead,

    /// <summary>责任单位 / 配合单位.</summary>
    Responsible,

    /// <summary>属性 / 指标属性 (约束性, 参考性).</summary>
    Binding,

    /// <summary>适用范围 / 适用对象 (市, 县): which level of government the row is for.</summary>
    Scope,
}

/// <summary>The header of an annex table: which column holds what, and the threshold sets its value columns are.</summary>
/// <param name="Row">The header's row number.</param>
/// <param name="Roles">Column index → role.</param>
/// <param name="Sets">Threshold column index → (threshold-set key, header as printed).</param>
/// <param name="Deadline">The year of a header such as 2023年目标值, else <c>null</c>.</param>
public sealed partial record AnnexHeader(int Row, IReadOnlyDictionary<int, AnnexColumn> Roles, IReadOnlyDictionary<int, (string Key, string Printed)> Sets, int? Deadline)
{
    /// <summary>The first column with <paramref name="role"/>, or -1.</summary>
    public int Column(AnnexColumn role) => Roles.Where(r => r.Value == role).Select(r => r.Key).DefaultIfEmpty(-1).Min();

    /// <summary>The header in <paramref name="row"/>, or <c>null</c> when the row is not one (needs an indicator and a threshold column).</summary>
    public static AnnexHeader? Recognise(AnnexRow row)
    {
        var roles = new Dictionary<int, AnnexColumn>();
        var sets = new Dictionary<int, (string, string)>();
        int? deadline = null;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var printed = row.Cells[i];
            var word = Compact(printed);
            AnnexColumn? role = word switch
            {
                "序号" or "编号" => AnnexColumn.Number,
                "领域" or "目标" or "类别" or "领域类别" => AnnexColumn.Domain,
                "任务" or "重点任务" or "建设任务" => AnnexColumn.Task,
                "指标" or "指标名称" or "具体指标" => AnnexColumn.Indicator,
                "单位" or "计量单位" => AnnexColumn.Unit,
                "牵头单位" or "牵头部门" => AnnexColumn.Lead,
                "责任单位" or "配合单位" or "责任部门" => AnnexColumn.Responsible,
                "属性" or "指标属性" => AnnexColumn.Binding,
                "适用范围" or "适用对象" or "适用地区" => AnnexColumn.Scope,
                _ when ThresholdHeader().Match(word) is { Success: true } m => Threshold(m, sets, i, printed, ref deadline),
                _ => null,
            };
            if (role is { } r && !(r != AnnexColumn.Threshold && roles.ContainsValue(r) && r is AnnexColumn.Indicator or AnnexColumn.Number))
            {
                roles[i] = r;
            }
        }

        return roles.ContainsValue(AnnexColumn.Indicator) && sets.Count > 0 ? new AnnexHeader(row.Number, roles, sets, deadline) : null;
    }

    private static AnnexColumn Threshold(Match m, Dictionary<int, (string, string)> sets, int column, string printed, ref int? deadline)
    {
        var key = m.Groups["kind"].Value == "指标值" || m.Groups["kind"].Value == "标准值" ? "standard" : "target";
        if (sets.Values.Any(s => s.Item1 == key))
        {
            key += sets.Count + 1;
        }

        if (m.Groups["year"].Success && key == "target")
        {
            deadline = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        sets[column] = (key, printed.Trim());
        return AnnexColumn.Threshold;
    }

    /// <summary>White space removed, full-width forms half-width.</summary>
    internal static string Compact(string text) => string.Concat(ThresholdText.Normalize(text).Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^(?:(?<year>\d{4})年)?(?<kind>目标值|目标参考值|指标值|标准值|考核目标|目标要求)(?:\(.*\))?$")]
    private static partial Regex ThresholdHeader();
}
