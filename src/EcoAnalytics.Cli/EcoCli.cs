using System.CommandLine;
using EcoAnalytics.Cli.Commands;
using EcoAnalytics.Cli.Output;

namespace EcoAnalytics.Cli;

/// <summary>The <c>eco</c> command line. Exit codes: 0 success, 1 problems found in the input, 2 usage error.</summary>
internal static class EcoCli
{
    public const int Ok = 0;
    public const int ProblemsFound = 1;
    public const int UsageError = 2;

    /// <summary><c>--verbose</c>: show the stack trace of an unexpected error (for a bug report).</summary>
    private static readonly Option<bool> Verbose = new("--verbose") { Description = "Show the details (stack trace) of an unexpected error.", Recursive = true };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("EcoAnalytics: track ecological-civilization programme targets for Chinese counties.")
        {
            Verbose,
            ReportCommand.Build(context),
            ValidateCommand.Build(context),
            EvaluateCommand.Build(context),
            RulesCommand.Build(context),
            ForecastCommand.Build(context),
            BacktestCommand.Build(context),
            SimulateCommand.Build(context),
            BenchCommand.Build(context),
            GenerateCommand.Build(context),
            WhatIfCommand.Build(context),
            ImportCommands.Import(context),
            NotebookCommand.Build(context),
        };
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error, int? width = null)
    {
        var context = new CliContext(output, error, width);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"eco: {ParseMessages.Plain(problem.Message)}");
            }

            error.WriteLine("Run 'eco --help' for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            error.WriteLine($"eco: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be read or written is a problem with the input, not a bug.
            error.WriteLine($"eco: {ex.Message}");
            return ProblemsFound;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"eco: unexpected error ({ex.GetType().Name}): {ex.Message}");
            error.WriteLine(parse.GetValue(Verbose) ? ex.ToString() : "This is a bug in eco; run again with --verbose for the details to report.");
            return ProblemsFound;
        }
    }
}

/// <summary>A command-line argument that is well-formed but unusable (unknown county, bad --set).</summary>
internal sealed class UsageException(string message) : Exception(message);
