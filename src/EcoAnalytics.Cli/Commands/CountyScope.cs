using EcoAnalytics.Rules;

namespace EcoAnalytics.Cli.Commands;

/// <summary>
/// Which programmes run against which counties: by default a programme runs only for its own county (asked with
/// <c>--county</c> or not); running another county's table against a county is explicit (<c>--any-programme</c>),
/// and the run says so.
/// </summary>
internal static class CountyScope
{
    /// <summary>
    /// For each programme, the counties to run it for (null: its own county); programmes with none are left out.
    /// Writes a note for every programme run against a county other than its own.
    /// </summary>
    public static List<(CompiledProgramme Programme, IReadOnlyList<string>? Counties)> Select(
        IReadOnlyList<CompiledProgramme> programmes, IReadOnlyList<string>? counties, bool anyProgramme, TextWriter notes)
    {
        var scoped = new List<(CompiledProgramme, IReadOnlyList<string>?)>();
        if (counties is null)
        {
            scoped.AddRange(programmes.Select(p => (p, (IReadOnlyList<string>?)null)));
            return scoped;
        }

        foreach (var programme in programmes)
        {
            var own = programme.Programme.County;
            if (anyProgramme)
            {
                var others = counties.Where(c => !string.Equals(c, own, StringComparison.Ordinal)).ToList();
                if (others.Count > 0)
                {
                    notes.WriteLine($"note: --any-programme: {programme.Programme.Name} is {own}'s programme; its rows for {string.Join(", ", others)} apply another county's table (a comparison, not that county's assessment)");
                }

                scoped.Add((programme, counties));
                continue;
            }

            if (counties.Contains(own, StringComparer.Ordinal))
            {
                scoped.Add((programme, [own]));
            }
        }

        if (scoped.Count == 0)
        {
            throw new UsageException(
                $"no programme belongs to {string.Join(", ", counties)} (programmes: {string.Join(", ", programmes.Select(p => $"{p.Programme.Name} → {p.Programme.County}"))}); pass --any-programme to run another county's table against it");
        }

        return scoped;
    }
}
