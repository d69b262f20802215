using System.CommandLine;
using EcoAnalytics.Data;
using EcoAnalytics.Forecasting.Models;
using EcoAnalytics.Io;

namespace EcoAnalytics.Cli.Commands;

/// <summary>Output formats.</summary>
internal enum OutputFormat
{
    Table,
    Csv,
    Json,
}

/// <summary>Options shared by the commands that read datasets.</summary>
internal sealed class DataOptions
{
    public Option<string[]> Data { get; } = new("--data") { Description = "Observation CSV file(s) (long form). Default: the bundled datasets/observations.csv.", AllowMultipleArgumentsPerToken = true };

    public Option<string?> Indicators { get; } = new("--indicators") { Description = "Indicator catalog CSV. Default: the bundled datasets/indicators.csv." };

    public Option<string?> Counties { get; } = new("--counties") { Description = "Counties CSV. Default: the bundled datasets/counties.csv." };

    public Option<string[]> Targets { get; } = new("--targets") { Description = "Assigned-target CSV file(s). Default: the bundled datasets/assigned-targets.csv.", AllowMultipleArgumentsPerToken = true };

    public Option<string> Encoding { get; } = new("--encoding")
    {
        Description = "How to decode CSV files: auto (UTF-8 with or without BOM, else GB18030), utf-8, gb18030.",
        DefaultValueFactory = _ => "auto",
    };

    public DataOptions()
    {
        Encoding.AcceptOnlyFromAmong("auto", "utf-8", "utf8", "gb18030", "gbk");
    }

    public void AddTo(Command command)
    {
        command.Add(Data);
        command.Add(Indicators);
        command.Add(Counties);
        command.Add(Targets);
        command.Add(Encoding);
    }

    public DatasetPaths Paths(ParseResult parse)
    {
        var defaults = DatasetPaths.Default;
        var data = parse.GetValue(Data) ?? [];
        var targets = parse.GetValue(Targets) ?? [];
        return new DatasetPaths
        {
            Indicators = parse.GetValue(Indicators) ?? defaults.Indicators,
            Counties = parse.GetValue(Counties) ?? defaults.Counties,
            Observations = data.Length > 0 ? data : defaults.Observations,
            AssignedTargets = targets.Length > 0 ? targets : defaults.AssignedTargets,
            Encoding = parse.GetValue(Encoding) switch
            {
                "utf-8" or "utf8" => InputEncoding.Utf8,
                "gb18030" or "gbk" => InputEncoding.Gb18030,
                _ => InputEncoding.Auto,
            },
        };
    }
}

/// <summary>The --format option.</summary>
internal static class FormatOption
{
    /// <summary>The option; unset means <see cref="OutputFormat.Table"/> (help says "default table", in the choices' case).</summary>
    public static Option<OutputFormat?> Create(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat?>("--format")
        {
            Description = $"Output format (default table): {string.Join(", ", allowed.Select(a => a.ToString().ToLowerInvariant()))}.",
        };
        option.AcceptOnlyFromAmong(allowed.Select(a => a.ToString().ToLowerInvariant()).ToArray());
        return option;
    }
}

/// <summary>The --model option: a <see cref="TrendModel"/>, named in lower case in help, parsing and errors.</summary>
internal static class ModelOption
{
    /// <summary>An optional --model (null when absent: the command's default, which <paramref name="description"/> states).</summary>
    public static Option<TrendModel?> Create(string description)
    {
        var names = Enum.GetValues<TrendModel>().Select(Name).ToArray();
        var option = new Option<TrendModel?>("--model") { Description = $"{description}: {string.Join(", ", names)}." };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    /// <summary>The model's name on the command line: linear, loglinear, logit, damped, theta, drift, naive, auto.</summary>
    public static string Name(TrendModel model) => model.ToString().ToLowerInvariant();
}
