using EcoAnalytics.Catalog;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// Draws the milestones of a status indicator (a plan adopted, a mechanism established). The year level 2
/// (建立 / 制定实施) is reached is uniform over the generated years widened by three years before and one after, so
/// some counties had it before the panel starts and some have not reached it by its end; level 1 (启动 / 编制)
/// comes one to three years earlier; with probability <see cref="FullyInForceShare"/> level 3 (全面实施) follows one
/// to four years later. Levels never fall, and real labels are respected: before a real label's year the level is
/// at most the real level, after it at least.
/// </summary>
internal static class StatusSynthesizer
{
    /// <summary>Share of county-indicator series that go on to 全面实施.</summary>
    public const double FullyInForceShare = 0.35;

    /// <summary>Labels by level for plans and programmes (规划, 方案, 办法, …).</summary>
    public static IReadOnlyList<string> PlanLabels { get; } = ["未制定", "编制", "制定实施", "全面实施"];

    /// <summary>Labels by level for mechanisms, systems and everything else.</summary>
    public static IReadOnlyList<string> MechanismLabels { get; } = ["未建立", "启动", "建立", "全面实施"];

    /// <summary>
    /// Labels by level for upper-level tasks (完成上级规定的目标任务: 地表水责任目标达标, 主要污染物减排): a completion
    /// state, 未完成 (level 0) or 完成 (level 2); see <see cref="IsTask"/>.
    /// </summary>
    public static IReadOnlyList<string> TaskLabels { get; } = ["未完成", "未完成", "完成", "完成"];

    /// <summary>Labels by level for a state (<see cref="OrdinalScale.Invasion"/>): 明显 until the series is in force, then 不明显.</summary>
    public static IReadOnlyList<string> InvasionLabels { get; } = ["明显", "明显", "不明显", "不明显"];

    /// <summary>Labels by level for a water-quality class (<see cref="OrdinalScale.WaterClass"/>): the class improves from Ⅳ to Ⅱ.</summary>
    public static IReadOnlyList<string> WaterClassLabels { get; } = ["Ⅳ类", "Ⅲ类", "Ⅲ类", "Ⅱ类"];

    private static readonly string[] PlanWords = ["规划", "方案", "计划", "办法", "条例", "制定"];

    private static readonly string[] TaskWords = ["目标达标", "减排"];

    /// <summary>True for an upper-level task indicator: its name speaks of a responsibility target or an emission reduction.</summary>
    public static bool IsTask(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Kind == IndicatorKind.Status && TaskWords.Any(w => indicator.NameZh.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The label family for <paramref name="indicator"/>: plans if its name or any real label speaks of drafting one.</summary>
    public static IReadOnlyList<string> LabelsFor(Indicator indicator, IEnumerable<string> realLabels)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Scale != OrdinalScale.Ladder)
        {
            return indicator.Scale == OrdinalScale.Invasion ? InvasionLabels : WaterClassLabels;
        }

        if (IsTask(indicator))
        {
            return TaskLabels;
        }

        var plan = PlanWords.Any(w => indicator.NameZh.Contains(w, StringComparison.Ordinal))
            || realLabels.Any(l => l.Contains("制定", StringComparison.Ordinal));
        return plan ? PlanLabels : MechanismLabels;
    }

    /// <summary>Fills <paramref name="levels"/> (one per year from <paramref name="firstYear"/>) with ladder levels 0–3.</summary>
    /// <param name="levels">Output.</param>
    /// <param name="firstYear">Year of <c>levels[0]</c>.</param>
    /// <param name="anchors">Real levels (<see cref="Anchor.Value"/> = ladder level), ascending by year.</param>
    /// <param name="rng">The random source; always four draws.</param>
    public static void Fill(Span<int> levels, int firstYear, ReadOnlySpan<Anchor> anchors, Random rng)
    {
        var inForce = firstYear - 3 + (int)(rng.NextDouble() * (levels.Length + 4));
        var drafted = inForce - 1 - (int)(rng.NextDouble() * 3);
        var full = rng.NextDouble() < FullyInForceShare;
        var fullYear = inForce + 1 + (int)(rng.NextDouble() * 4);
        for (var i = 0; i < levels.Length; i++)
        {
            var year = firstYear + i;
            levels[i] = full && year >= fullYear ? 3 : year >= inForce ? 2 : year >= drafted ? 1 : 0;
            foreach (var anchor in anchors)
            {
                var real = (int)anchor.Value;
                levels[i] = year < anchor.Year ? Math.Min(levels[i], real) : year > anchor.Year ? Math.Max(levels[i], real) : levels[i];
            }
        }
    }
}
