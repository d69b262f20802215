using System.Globalization;
using EcoAnalytics.Data;

namespace EcoAnalytics.Simulation;

/// <summary>
/// Correlation between a county's indicators, from observed values only (never synthetic ones): each series'
/// residuals around its own least-squares line, correlated over the years both have, when they share at least
/// <see cref="SimulationOptions.MinOverlapYears"/>. Short overlaps make such correlations noisy, so each is shrunk
/// toward zero by one standard error of Fisher's z (1/√(m − 3)): r* = sign(r)·max(0, |r| − 1/√(m − 3)). Pairs without
/// enough data are independent. The matrix is made positive definite by scaling the off-diagonal down when needed.
/// </summary>
internal static class Dependence
{
    /// <summary>The correlation matrix's Cholesky factor (lower, row-major; null when every pair is independent) and its summary.</summary>
    public static (double[]? Cholesky, DependenceSummary Summary) Estimate(
        Panel panel, string county, IReadOnlyList<string> indicators, SimulationOptions options)
    {
        var m = indicators.Count;
        if (options.Dependence == DependenceMode.Independent || m < 2)
        {
            var why = options.Dependence == DependenceMode.Independent ? "independence assumed (asked for)" : "one projected series: nothing to correlate";
            return (null, new DependenceSummary(county, m, 0, 0, why));
        }

        var residuals = indicators.Select(code => Residuals(panel, county, code)).ToArray();
        var correlation = new double[m * m];
        var withData = 0;
        var kept = 0;
        for (var i = 0; i < m; i++)
        {
            correlation[(i * m) + i] = 1;
            if (residuals[i].Count < options.MinOverlapYears)
            {
                continue; // too few observed years to overlap enough with any other series
            }

            for (var j = 0; j < i; j++)
            {
                if (residuals[j].Count < options.MinOverlapYears)
                {
                    continue;
                }

                var (r, overlap) = Correlate(residuals[i], residuals[j]);
                if (overlap < options.MinOverlapYears)
                {
                    continue;
                }

                withData++;
                var shrunk = Math.Sign(r) * Math.Max(0, Math.Abs(r) - (1 / Math.Sqrt(overlap - 3)));
                if (shrunk != 0)
                {
                    kept++;
                    correlation[(i * m) + j] = correlation[(j * m) + i] = shrunk;
                }
            }
        }

        if (kept == 0)
        {
            var text = withData == 0
                ? string.Create(CultureInfo.InvariantCulture, $"independence assumed: no pair of the {m} projected indicators has {options.MinOverlapYears} overlapping observed (non-synthetic) years")
                : string.Create(CultureInfo.InvariantCulture, $"independence assumed: {withData} pair(s) with {options.MinOverlapYears}+ observed years, every correlation within one standard error of 0 after shrinkage");
            return (null, new DependenceSummary(county, m, 0, withData, text));
        }

        var scale = 1.0;
        double[]? factor;
        while ((factor = Cholesky(correlation, m)) is null && scale > 0.01)
        {
            scale *= 0.9;
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    if (i != j)
                    {
                        correlation[(i * m) + j] *= 0.9;
                    }
                }
            }
        }

        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"residual correlation of observed values for {kept} of {m * (m - 1) / 2} pairs ({withData} with {options.MinOverlapYears}+ overlapping years), shrunk toward 0 by 1/√(m−3)")
            + (scale < 1 ? string.Create(CultureInfo.InvariantCulture, $", scaled by {scale:0.##} to be positive definite") : string.Empty)
            + "; other pairs independent";
        return (factor, new DependenceSummary(county, m, kept, withData, description));
    }

    /// <summary>Residuals of the observed points around their least-squares line, by year (empty below 4 points).</summary>
    private static Dictionary<int, double> Residuals(Panel panel, string county, string indicator)
    {
        var c = panel.CountyIndex(county);
        var k = panel.Catalog.IndexOf(indicator);
        var observed = new List<(int Year, double Value)>();
        if (c >= 0 && k >= 0)
        {
            foreach (var year in panel.Years)
            {
                var value = panel.Value(c, k, year);
                if (double.IsFinite(value) && panel.Source(c, k, year) is { } source && source != Sources.Synthetic)
                {
                    observed.Add((year, value));
                }
            }
        }

        var result = new Dictionary<int, double>();
        if (observed.Count < 4)
        {
            return result;
        }

        var line = Forecasting.Models.LinearParameters.Estimate(observed.ToArray(), out _);
        foreach (var (year, value) in observed)
        {
            result[year] = value - line.Project(year);
        }

        return result;
    }

    private static (double R, int Overlap) Correlate(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        var pairs = a.Where(p => b.ContainsKey(p.Key)).Select(p => (X: p.Value, Y: b[p.Key])).ToList();
        if (pairs.Count < 3)
        {
            return (0, pairs.Count);
        }

        var mx = pairs.Average(p => p.X);
        var my = pairs.Average(p => p.Y);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (x, y) in pairs)
        {
            sxy += (x - mx) * (y - my);
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
        }

        return sxx > 0 && syy > 0 ? (sxy / Math.Sqrt(sxx * syy), pairs.Count) : (0, pairs.Count);
    }

    /// <summary>The lower Cholesky factor of a symmetric m × m matrix (row-major), or null when it is not positive definite.</summary>
    internal static double[]? Cholesky(double[] a, int m)
    {
        var l = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = a[(i * m) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[(i * m) + k] * l[(j * m) + k];
                }

                if (i == j)
                {
                    if (sum <= 1e-10)
                    {
                        return null;
                    }

                    l[(i * m) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * m) + j] = sum / l[(j * m) + j];
                }
            }
        }

        return l;
    }
}
