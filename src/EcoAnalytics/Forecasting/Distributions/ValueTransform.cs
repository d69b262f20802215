namespace EcoAnalytics.Forecasting.Distributions;

/// <summary>The monotone transform g under which a model is linear; distributions live on the g(y) scale.</summary>
public enum ValueTransform
{
    /// <summary>g(y) = y.</summary>
    Identity,

    /// <summary>g(y) = ln y (y &gt; 0).</summary>
    Log,

    /// <summary>g(y) = ln((y − a)/(b − y)) for a &lt; y &lt; b (scaled logit).</summary>
    Logit,
}
