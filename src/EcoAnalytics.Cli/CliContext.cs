using Spectre.Console;

namespace EcoAnalytics.Cli;

/// <summary>Where a command writes: plain writers for machine formats, a Spectre console for tables.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public IAnsiConsole Console { get; } = CreateConsole(output);

    private static IAnsiConsole CreateConsole(TextWriter output)
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
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 160;
        }

        return console;
    }
}
