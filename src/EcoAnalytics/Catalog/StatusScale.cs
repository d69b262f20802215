namespace EcoAnalytics.Catalog;

/// <summary>
/// The ordinal ladder on which status milestones are compared. Seeds state requirements such as 制定实施,
/// 建立, 全面实施 or 有效开展; observations record the label reached. A requirement is met when the observed
/// label's level is at least the required label's level.
/// </summary>
/// <remarks>
/// Levels: 0 not started (未开展, 未建立, 未制定, 未实施, 未获得, 无); 1 drafted (编制, 制定, 划定, 启动);
/// 2 in force (建立, 开展, 实施, 执行, 落实, 严格落实, 制定实施, 建立实施, 获得, 遵守); 3 fully in force (全面实施, 全面推行,
/// 有效开展, 颁布实施1年以上). States and classes are not milestones and have scales of their own
/// (<see cref="OrdinalScale"/>): 明显 0 / 不明显 1 (<see cref="OrdinalScale.Invasion"/>), water-quality class Ⅰ–Ⅴ, 劣Ⅴ as 1–6,
/// lower better (<see cref="OrdinalScale.WaterClass"/>). Upper-level tasks (完成上级规定的目标任务)
/// are observed and assigned as completion states on the same ladder: 未完成 0, 完成 2 (the task as assigned is done).
/// </remarks>
public static class StatusScale
{
    private static readonly Dictionary<string, int> Levels = new(StringComparer.Ordinal)
    {
        ["未开展"] = 0, ["未建立"] = 0, ["未制定"] = 0, ["未实施"] = 0, ["未获得"] = 0, ["无"] = 0, ["否"] = 0, ["未完成"] = 0,
        ["编制"] = 1, ["制定"] = 1, ["划定"] = 1, ["启动"] = 1,
        ["建立"] = 2, ["开展"] = 2, ["实施"] = 2, ["执行"] = 2, ["制定实施"] = 2, ["建立实施"] = 2, ["获得"] = 2,
        ["遵守"] = 2, ["落实"] = 2, ["严格落实"] = 2, ["是"] = 2, ["得到严格保护"] = 2, ["完成"] = 2,
        ["全面实施"] = 3, ["全面推行"] = 3, ["有效开展"] = 3, ["颁布实施1年以上"] = 3, ["定期研究部署，有效开展工作"] = 3,
    };

    private static readonly Dictionary<string, int> Invasion = new(StringComparer.Ordinal) { ["明显"] = 0, ["不明显"] = 1 };

    private static readonly Dictionary<string, int> WaterClass = new(StringComparer.Ordinal)
    {
        ["Ⅰ类"] = 1, ["Ⅱ类"] = 2, ["Ⅲ类"] = 3, ["Ⅳ类"] = 4, ["Ⅴ类"] = 5, ["劣Ⅴ类"] = 6,
        ["Ⅰ"] = 1, ["Ⅱ"] = 2, ["Ⅲ"] = 3, ["Ⅳ"] = 4, ["Ⅴ"] = 5, ["劣Ⅴ"] = 6,
    };

    private static readonly string[] Names = ["ladder", "invasion", "water_class"];

    /// <summary>The catalog names of the scales (<c>ladder</c>, <c>invasion</c>, <c>water_class</c>).</summary>
    public static IReadOnlyList<string> ScaleNames => Names;

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

    /// <summary>The level of <paramref name="label"/> on <paramref name="scale"/>, or <c>null</c> if it is not on it.</summary>
    public static int? LevelOf(string? label, OrdinalScale scale)
    {
        if (scale == OrdinalScale.Ladder || string.IsNullOrWhiteSpace(label))
        {
            return LevelOf(label);
        }

        return LabelsOf(scale).TryGetValue(Normalize(label), out var level) ? level : null;
    }

    /// <summary>Every label of <paramref name="scale"/>, with its level.</summary>
    public static IReadOnlyDictionary<string, int> LabelsOf(OrdinalScale scale) => scale switch
    {
        OrdinalScale.Invasion => Invasion,
        OrdinalScale.WaterClass => WaterClass,
        _ => Levels,
    };

    /// <summary>The level of <paramref name="label"/> on whichever scale knows it (ladder first), or <c>null</c>.</summary>
    public static int? LevelOnAnyScale(string? label) =>
        LevelOf(label) ?? LevelOf(label, OrdinalScale.Invasion) ?? LevelOf(label, OrdinalScale.WaterClass);

    /// <summary>How outputs name <paramref name="scale"/>: "status ladder", "invasion state", "water-quality class".</summary>
    public static string Describe(OrdinalScale scale) => scale switch
    {
        OrdinalScale.Invasion => "invasion state",
        OrdinalScale.WaterClass => "water-quality class",
        _ => "status ladder",
    };

    /// <summary>The first label of <paramref name="scale"/> at <paramref name="level"/> (e.g. Ⅱ类), or the level as a number on the ladder, whose levels have many labels.</summary>
    public static string LabelOf(double level, OrdinalScale scale)
    {
        if (scale != OrdinalScale.Ladder)
        {
            foreach (var (label, l) in LabelsOf(scale))
            {
                if (l == level)
                {
                    return label;
                }
            }
        }

        return double.IsNaN(level) ? "—" : level.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Parses a catalog <c>scale</c> value; empty is the ladder.</summary>
    public static bool TryParseScale(string? text, out OrdinalScale scale)
    {
        var index = string.IsNullOrWhiteSpace(text) ? 0 : Array.IndexOf(Names, text.Trim());
        scale = index < 0 ? OrdinalScale.Ladder : (OrdinalScale)index;
        return index >= 0;
    }

    private static string Normalize(string label) =>
        string.Concat(label.Where(c => !char.IsWhiteSpace(c))).Replace(",", "，", StringComparison.Ordinal);
}
