namespace EcoAnalytics.Catalog;

/// <summary>The ordinal scale a status indicator's labels sit on (catalog column <c>scale</c>).</summary>
public enum OrdinalScale : byte
{
    /// <summary>The milestone ladder 未建立 / 启动 / 建立 / 全面实施 (levels 0–3; higher is better). The default.</summary>
    Ladder,

    /// <summary>A state, not a step: 明显 (0) / 不明显 (1), e.g. 外来物种入侵不明显. Catalog value <c>invasion</c>.</summary>
    Invasion,

    /// <summary>Water-quality class Ⅰ–Ⅴ and 劣Ⅴ as 1–6, lower is better. Catalog value <c>water_class</c>.</summary>
    WaterClass,
}
