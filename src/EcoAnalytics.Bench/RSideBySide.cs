using System.Diagnostics;
using System.Globalization;
using System.Text;
using EcoAnalytics.Catalog;
using EcoAnalytics.Forecasting.Models;

namespace EcoAnalytics.Bench;

/// <summary>What R's <c>forecast</c> package and EcoAnalytics took on the same sample of series.</summary>
/// <param name="Series">Series in the sample.</param>
/// <param name="RThetaMs">R <c>forecast::thetaf</c> (80 % interval), milliseconds per series.</param>
/// <param name="RLinearMs">R <c>lm</c> + <c>predict(interval = "prediction")</c>, milliseconds per series.</param>
/// <param name="ThetaMs">EcoAnalytics Theta fit + 80 % interval, milliseconds per series.</param>
/// <param name="LinearMs">EcoAnalytics linear fit + 80 % interval, milliseconds per series.</param>
/// <param name="Note">How R was run, or why it was not.</param>
public sealed record RComparison(int Series, double? RThetaMs, double? RLinearMs, double ThetaMs, double LinearMs, string Note)
{
    /// <summary>R's thetaf time over ours (how many times faster we are); null without R.</summary>
    public double? ThetaRatio => RThetaMs / ThetaMs;

    /// <summary>R's lm + predict time over our linear fit; null without R.</summary>
    public double? LinearRatio => RLinearMs / LinearMs;
}

/// <summary>Times R's <c>thetaf</c> and <c>lm</c> + <c>predict</c> on a sample of the same series, where <c>Rscript</c> with <c>forecast</c> is installed.</summary>
internal static class RSideBySide
{
    private const string Script = """
        args <- commandArgs(trailingOnly = TRUE)
        suppressMessages(library(forecast))
        d <- read.csv(args[1])
        h <- as.integer(args[2])
        sp <- split(d, d$id)
        t1 <- system.time(for (s in sp) { f <- thetaf(ts(s$value, start = min(s$year)), h = h, level = 80) })[["elapsed"]]
        t2 <- system.time(for (s in sp) { m <- lm(value ~ year, data = s); p <- predict(m, newdata = data.frame(year = max(s$year) + h), interval = "prediction", level = 0.8) })[["elapsed"]]
        cat(sprintf("%.6f %.6f %d\n", t1, t2, length(sp)))
        """;

    public static RComparison Run(IReadOnlyList<(int Year, double Value)[]> sample, ValueRange range, int horizon)
    {
        var (theta, linear) = Ours(sample, range, horizon);
        var folder = Directory.CreateTempSubdirectory("eco-r").FullName;
        try
        {
            var data = Path.Combine(folder, "series.csv");
            var script = Path.Combine(folder, "bench.R");
            var csv = new StringBuilder("id,year,value\n");
            for (var s = 0; s < sample.Count; s++)
            {
                foreach (var (year, value) in sample[s])
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{s},{year},{value:R}\n");
                }
            }

            File.WriteAllText(data, csv.ToString());
            File.WriteAllText(script, Script);
            var start = new ProcessStartInfo("Rscript", [script, data, horizon.ToString(CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return new RComparison(sample.Count, null, null, theta, linear, "Rscript could not be started: R skipped");
            }

            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var parts = output.Trim().Split(' ');
            if (process.ExitCode != 0 || parts.Length != 3)
            {
                var reason = error.Contains("forecast", StringComparison.Ordinal) ? "the R package 'forecast' is not installed (Debian: apt-get install r-cran-forecast)" : $"Rscript failed: {error.Trim().Split('\n').LastOrDefault()}";
                return new RComparison(sample.Count, null, null, theta, linear, reason + ": R skipped");
            }

            var n = double.Parse(parts[2], CultureInfo.InvariantCulture);
            return new RComparison(
                sample.Count,
                double.Parse(parts[0], CultureInfo.InvariantCulture) * 1000 / n,
                double.Parse(parts[1], CultureInfo.InvariantCulture) * 1000 / n,
                theta,
                linear,
                $"Rscript, forecast::thetaf(level = 80) and lm + predict(interval = \"prediction\") on the same {sample.Count} series, h = {horizon}; timed inside R (system.time), start-up excluded");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new RComparison(sample.Count, null, null, theta, linear, "Rscript is not installed (Debian: apt-get install r-cran-forecast): R skipped");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The same work on our side: the model named, its 80 % interval h years on. Warmed up once, then timed.
    private static (double ThetaMs, double LinearMs) Ours(IReadOnlyList<(int Year, double Value)[]> sample, ValueRange range, int horizon)
    {
        double Time(TrendModel model)
        {
            var options = new TrendOptions { Range = range };
            var sum = 0.0;
            for (var pass = 0; pass < 2; pass++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var points in sample)
                {
                    var fit = Trend.Fit(points, model, options);
                    if (fit.Success)
                    {
                        sum += fit.Predict(points[^1].Year + horizon, 0.8).Upper;
                    }
                }

                clock.Stop();
                if (pass == 1)
                {
                    GC.KeepAlive(sum);
                    return clock.Elapsed.TotalMilliseconds / sample.Count;
                }
            }

            return double.NaN;
        }

        return (Time(TrendModel.Theta), Time(TrendModel.Linear));
    }
}
