using System.Globalization;

namespace EcoAnalytics.Simulation;

/// <summary>
/// A named "what if" for the projected course of the indicators: one or more steps, each aimed at a rule, an
/// indicator or every indicator (<c>*</c>). The baseline is the scenario without steps: the trend as fitted.
/// </summary>
/// <param name="Name">Shown in every output row of the scenario.</param>
/// <param name="Steps">The changes, applied together (their shifts add up).</param>
public sealed record Scenario(string Name, IReadOnlyList<ScenarioStep> Steps)
{
    /// <summary>The name of the baseline scenario.</summary>
    public const string BaselineName = "baseline";

    /// <summary>The trend as fitted, without any change.</summary>
    public static Scenario Baseline { get; } = new(BaselineName, []);

    /// <summary>
    /// Parses the command-line form <c>KIND:TARGET…</c>, one step per scenario, named by its own text:
    /// <list type="bullet">
    /// <item><c>push:TARGET=AMOUNT@YEAR</c> — AMOUNT more improvement every year from YEAR (in the indicator's unit, in its better direction);</item>
    /// <item><c>shock:TARGET=SIZE@YEAR</c> — a one-off setback of SIZE in YEAR that is not made up later;</item>
    /// <item><c>stall:TARGET@YEAR</c> — the trend stops: from YEAR the central projection stays at its YEAR − 1 value;</item>
    /// <item><c>path:TARGET=YEAR:VALUE,YEAR:VALUE…</c> — the central projection follows the given values (linear between them, the last one held).</item>
    /// </list>
    /// TARGET is a rule name, an indicator code or <c>*</c>.
    /// </summary>
    /// <exception cref="FormatException">The text is not one of these forms; the message says which part is wrong.</exception>
    public static Scenario Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new FormatException($"scenario '{text}' is not KIND:ARGS (kinds: push, shock, stall, path; e.g. push:town_sewage_treatment=3@2024)");
        }

        var kind = text[..colon].Trim().ToLowerInvariant();
        var args = text[(colon + 1)..].Trim();
        ScenarioStep step = kind switch
        {
            "push" => ParseAmountAt(text, args, (target, amount, year) => new PushStep(target, amount, year)),
            "shock" => ParseAmountAt(text, args, (target, amount, year) => new ShockStep(target, amount, year)),
            "stall" => ParseStall(text, args),
            "path" => ParsePath(text, args),
            _ => throw new FormatException($"scenario '{text}': unknown kind '{kind}' (kinds: push, shock, stall, path)"),
        };
        step.Validate();
        return new Scenario(text, [step]);
    }

    /// <summary>Checks every step (amounts not negative, years plausible, paths not empty).</summary>
    /// <exception cref="FormatException">A step is invalid; the message names the scenario.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new FormatException("a scenario needs a name");
        }

        for (var i = 0; i < Steps.Count; i++)
        {
            try
            {
                Steps[i].Validate();
            }
            catch (FormatException e)
            {
                throw new FormatException(Steps.Count == 1 && Name.StartsWith(Steps[i].Kind + ":", StringComparison.Ordinal)
                    ? e.Message
                    : $"scenario '{Name}', step {i + 1}: {e.Message}", e);
            }
        }
    }

    private static ScenarioStep ParseAmountAt(string text, string args, Func<string, double, int, ScenarioStep> create)
    {
        var (target, value) = SplitTarget(text, args, "TARGET=AMOUNT@YEAR");
        var at = value.LastIndexOf('@');
        if (at <= 0)
        {
            throw new FormatException($"scenario '{text}': expected TARGET=AMOUNT@YEAR, e.g. town_sewage_treatment=3@2024");
        }

        return create(target, Number(text, value[..at]), Year(text, value[(at + 1)..]));
    }

    private static ScenarioStep ParseStall(string text, string args)
    {
        var at = args.LastIndexOf('@');
        if (at <= 0)
        {
            throw new FormatException($"scenario '{text}': expected stall:TARGET@YEAR, e.g. stall:*@2024");
        }

        return new StallStep(args[..at].Trim(), Year(text, args[(at + 1)..]));
    }

    private static ScenarioStep ParsePath(string text, string args)
    {
        var (target, value) = SplitTarget(text, args, "TARGET=YEAR:VALUE,YEAR:VALUE…");
        var points = new SortedDictionary<int, double>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"scenario '{text}': '{part}' is not YEAR:VALUE");
            }

            var year = Year(text, part[..colon]);
            if (!points.TryAdd(year, Number(text, part[(colon + 1)..])))
            {
                throw new FormatException($"scenario '{text}': year {year} is given twice");
            }
        }

        return new PathStep(target, points);
    }

    private static (string Target, string Value) SplitTarget(string text, string args, string form)
    {
        var eq = args.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == args.Length - 1)
        {
            throw new FormatException($"scenario '{text}': expected {form}");
        }

        return (args[..eq].Trim(), args[(eq + 1)..].Trim());
    }

    private static double Number(string text, string value) =>
        double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw new FormatException($"scenario '{text}': '{value.Trim()}' is not a number (use '.' for decimals)");

    private static int Year(string text, string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new FormatException($"scenario '{text}': '{value.Trim()}' is not a year");
}
