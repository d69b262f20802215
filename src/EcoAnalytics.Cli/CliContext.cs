using Spectre.Console;

namespace EcoAnalytics.Cli;

/// <summary>Where a command writes: plain writers for machine formats, a Spectre console for tables.</summary>
/// <param name="output">Standard output.</param>
/// <param name="error">Standard error.</param>
/// <param name="width">The table width when output is not a terminal; null: the <c>COLUMNS</c> variable, else 160.</param>
internal sealed class CliContext(TextWriter output, TextWriter error, int? width = null)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public IAnsiConsole Console { get; } = CreateConsole(output, width);

    private static IAnsiConsole CreateConsole(TextWriter output, int? width)
    {
        var interactive = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive)
        {
            console.Profile.Width = width ?? (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 160);
        }

        return console;
    }
}
