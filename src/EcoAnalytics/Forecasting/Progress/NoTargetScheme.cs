namespace EcoAnalytics.Forecasting.Progress;

/// <summary>Which monitor's thresholds <see cref="NoTargetCagr"/> uses.</summary>
public enum NoTargetScheme
{
    /// <summary>Eurostat: &gt; 1 % significant progress; 0–1 % moderate progress; −1–0 % moderate movement away; &lt; −1 % significant movement away.</summary>
    Eurostat,

    /// <summary>Statistics Canada: ≥ 1.5 %·C on track; ≥ 0.5 %·C acceleration needed; ≥ 0 limited; &lt; 0 deterioration; with the score.</summary>
    StatCan,

    /// <summary>UNSD: ≥ 2 % score 3; ≥ 0.5 % score 2; otherwise score 1.</summary>
    Unsd,
}
