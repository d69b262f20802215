namespace EcoAnalytics.Forecasting.Models;

/// <summary>
/// What AICc needs from a fit, kept so AICc is computed only when asked for: the residual sum of squares on the
/// model's scale, the number of estimated parameters k (including σ; 0 = not comparable) and Σ ln|dg/dy| over the
/// points (0 for untransformed models), which puts log and logit likelihoods on the original scale.
/// </summary>
internal readonly record struct Likelihood(double Sse, int Parameters, double LogJacobian)
{
    /// <summary>AICc = −2·logL + 2k + 2k(k+1)/(n − k − 1), Gaussian ML; null when n ≤ k + 1, SSE = 0 or k = 0.</summary>
    public double? Aicc(int n)
    {
        var k = Parameters;
        if (k == 0 || n - k - 1 <= 0 || !(Sse > 0))
        {
            return null;
        }

        var logLikelihood = (-0.5 * n * (Math.Log(2 * Math.PI * Sse / n) + 1)) + LogJacobian;
        return (-2 * logLikelihood) + (2.0 * k) + (2.0 * k * (k + 1) / (n - k - 1));
    }
}
