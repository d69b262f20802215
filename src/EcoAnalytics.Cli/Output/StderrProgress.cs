using System.Diagnostics;
using System.Globalization;

namespace EcoAnalytics.Cli.Output;

/// <summary>
/// A progress bar on stderr for work that takes longer than a second, only when stderr is a terminal: never in
/// stdout (csv and json stay clean) and never in a redirected log.
/// </summary>
internal sealed class StderrProgress(TextWriter error, string label) : IProgress<double>, IDisposable
{
    private const int Width = 30;
    private readonly bool _terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private bool _shown;

    public void Report(double value)
    {
        if (!_terminal || _clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            return;
        }

        lock (_gate)
        {
            var filled = (int)Math.Round(Math.Clamp(value, 0, 1) * Width);
            error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {(value * 100).ToString("0", CultureInfo.InvariantCulture),3} %");
            _shown = true;
        }
    }

    public void Dispose()
    {
        if (_shown)
        {
            error.WriteLine();
        }
    }
}
