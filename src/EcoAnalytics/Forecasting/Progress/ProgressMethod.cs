namespace EcoAnalytics.Forecasting.Progress;

/// <summary>The official progress method (and monitor) that produced a verdict.</summary>
public enum ProgressMethod
{
    /// <summary>Eurostat SDG monitoring: R = CAGR_observed / CAGR_required, cut-offs 0.95 / 0.6 / 0.</summary>
    EurostatCagrRatio,

    /// <summary>Statistics Canada / Open SDG: the same ratio and cut-offs, plus a score in [−5, 5].</summary>
    StatCanCagrRatio,

    /// <summary>UNDP status script (CAGRR): the same ratio with cut-offs 0.95 / 0.5 / −0.1.</summary>
    UndpCagrRatio,

    /// <summary>UNSD Progress Chart 2023: projected-achievement fraction F, tiers 0.95 / 0.10.</summary>
    UnsdProjectedFraction,

    /// <summary>SDSN SDG Index trend arrows: observed linear pace ÷ required linear pace, 100 % / 50 %.</summary>
    SdsnLinearPace,

    /// <summary>Eurostat without a target: direction-adjusted CAGR, 1 % / 0 / −1 %.</summary>
    EurostatNoTarget,

    /// <summary>Statistics Canada without a target: direction-adjusted CAGR, 1.5 %·C / 0.5 %·C / 0, plus a score.</summary>
    StatCanNoTarget,

    /// <summary>UNSD without a target: direction-adjusted CAGR, 2 % / 0.5 %, scores 3 / 2 / 1.</summary>
    UnsdNoTarget,
}
