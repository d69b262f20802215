using System.CommandLine;
using System.Globalization;

namespace EcoAnalytics.Cli.Commands;

/// <summary>Range checks on option values, reported as usage errors (exit 2) before a command runs.</summary>
internal static class OptionChecks
{
    /// <summary>An interval level strictly between 0 and 1; a percentage such as 80 gets "did you mean 0.8?".</summary>
    public static Option<double> IsLevel(this Option<double> option)
    {
        option.Validators.Add(result =>
        {
            if (!TryValue<double>(result, out var value))
            {
                return;
            }

            if (!(value > 0 && value < 1))
            {
                var hint = value > 1 && value < 100 ? $" (did you mean {(value / 100).ToString("0.###", CultureInfo.InvariantCulture)}?)" : string.Empty;
                result.AddError($"{option.Name} {value.ToString(CultureInfo.InvariantCulture)} must lie strictly between 0 and 1{hint}");
            }
        });
        return option;
    }

    /// <summary>A whole number at least <paramref name="minimum"/>, with the reason it must be.</summary>
    public static Option<int> AtLeast(this Option<int> option, int minimum, string why)
    {
        option.Validators.Add(result =>
        {
            if (!TryValue<int>(result, out var value))
            {
                return;
            }

            if (value < minimum)
            {
                result.AddError($"{option.Name} {value} must be at least {minimum}: {why}");
            }
        });
        return option;
    }

    /// <summary>A year from 1949 to 2100 (the range a county series can have).</summary>
    public static Option<int> IsYear(this Option<int> option)
    {
        option.Validators.Add(result =>
        {
            if (!TryValue<int>(result, out var value))
            {
                return;
            }

            if (value is < 1949 or > 2100)
            {
                result.AddError($"{option.Name} {value} is not a plausible year (1949–2100)");
            }
        });
        return option;
    }

    /// <summary>The option's value; false when it did not convert (the parser reports that on its own).</summary>
    private static bool TryValue<T>(System.CommandLine.Parsing.OptionResult result, out T value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default!;
            return false;
        }
    }
}
