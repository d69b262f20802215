namespace EcoAnalytics.Catalog;

/// <summary>
/// The two good-air indicators and how they relate: ratio = days / days-in-year × 100. The observation reader checks
/// it (ECO120) and the synthetic generators keep it: days = round(ratio × days-in-year / 100), ratio = round(days /
/// days-in-year × 100, 1).
/// </summary>
internal static class GoodAir
{
    public const string Days = "good_air_days";
    public const string Ratio = "good_air_ratio";

    public static int DaysInYear(int year) => DateTime.IsLeapYear(year) ? 366 : 365;

    public static double DaysFromRatio(double ratio, int year) => Math.Round(ratio * DaysInYear(year) / 100, MidpointRounding.AwayFromZero);

    public static double RatioFromDays(double days, int year) => Math.Round(100 * days / DaysInYear(year), 1, MidpointRounding.AwayFromZero);
}
