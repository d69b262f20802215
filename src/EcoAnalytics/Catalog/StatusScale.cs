namespace EcoAnalytics.Catalog;

/// <summary>
/// The ordinal ladder on which status milestones are compared. Seeds state requirements such as 制定实施,
/// 建立, 全面实施 or 有效开展; observations record the label reached. A requirement is met when the observed
/// label's level is at least the required label's level.
/// </summary>
/// <remarks>
/// Levels: 0 not started (未开展, 未建立, 未制定, 未实施, 未获得, 无); 1 drafted (编制, 制定, 划定, 启动);
/// 2 in force (建立, 开展, 实施, 执行, 落实, 严格落实, 制定实施, 建立实施, 获得, 遵守); 3 fully in force (全面实施, 全面推行,
/// 有效开展, 颁布实施1年以上). A few seed wordings that are states rather than steps map to the level they assert
/// (不明显 — alien species invasion not obvious — is level 2, 明显 is 0). Upper-level tasks (完成上级规定的目标任务)
/// are observed and assigned as completion states on the same ladder: 未完成 0, 完成 2 (the task as assigned is done).
/// </remarks>
public static class StatusScale
{
    private static readonly Dictionary<string, int> Levels = new(StringComparer.Ordinal)
    {
        ["未开展"] = 0, ["未建立"] = 0, ["未制定"] = 0, ["未实施"] = 0, ["未获得"] = 0, ["无"] = 0, ["否"] = 0, ["明显"] = 0, ["未完成"] = 0,
        ["编制"] = 1, ["制定"] = 1, ["划定"] = 1, ["启动"] = 1,
        ["建立"] = 2, ["开展"] = 2, ["实施"] = 2, ["执行"] = 2, ["制定实施"] = 2, ["建立实施"] = 2, ["获得"] = 2,
        ["遵守"] = 2, ["落实"] = 2, ["严格落实"] = 2, ["是"] = 2, ["不明显"] = 2, ["得到严格保护"] = 2, ["完成"] = 2,
        ["全面实施"] = 3, ["全面推行"] = 3, ["有效开展"] = 3, ["颁布实施1年以上"] = 3, ["定期研究部署，有效开展工作"] = 3,
    };

    /// <summary>Highest level on the ladder.</summary>
    public const int MaxLevel = 3;

    /// <summary>Every label the ladder knows, with its level.</summary>
    public static IReadOnlyDictionary<string, int> Labels => Levels;

    /// <summary>The level of <paramref name="label"/> (white space ignored), or <c>null</c> if it is not on the ladder.</summary>
    public static int? LevelOf(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var key = Normalize(label);
        return Levels.TryGetValue(key, out var level) ? level : null;
    }

    private static string Normalize(string label) =>
        string.Concat(label.Where(c => !char.IsWhiteSpace(c))).Replace(",", "，", StringComparison.Ordinal);
}
