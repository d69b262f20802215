using EcoAnalytics.Data;
using EcoAnalytics.Rules;

namespace EcoAnalytics.Synthetic;

/// <summary>
/// What <c>eco generate demo</c> writes: the bundled observation and assigned-target files with their real rows kept
/// byte for byte, in their order, followed by regenerated synthetic rows. Deterministic for a seed, so the bundled
/// files can always be reproduced.
/// </summary>
public static class DemonstrationFiles
{
    /// <summary>
    /// The observation file regenerated: <see cref="PanelGenerator.GenerateDemonstration"/> for every programme county
    /// of <paramref name="dataset"/>, written after the real rows of <paramref name="text"/>.
    /// </summary>
    /// <param name="dataset">The dataset loaded (without errors) from the file whose text is <paramref name="text"/>.</param>
    /// <param name="text">The observation file as read.</param>
    /// <param name="firstYear">First year to fill.</param>
    /// <param name="lastYear">Last year to fill.</param>
    /// <param name="seed">The seed.</param>
    public static RegeneratedFile Observations(Dataset dataset, string text, int firstYear = 2015, int lastYear = 2024, int seed = PanelGenerator.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(text);
        var counties = dataset.Counties.Programme.Select(c => c.Id).ToList();
        var table = PanelGenerator.GenerateDemonstration(dataset, counties, firstYear, lastYear, seed);
        return new RegeneratedFile(ObservationCsv.RealRowsThenSynthetic(text, dataset.Observations, table), table);
    }

    /// <summary>
    /// The assigned-target file regenerated: <see cref="PanelGenerator.GenerateAssignedTargets"/> for the
    /// county-indicator pairs that rules of kind <c>assigned</c> (and <c>assigned_change</c>, under their <c>assignedIndicator</c>) in <paramref name="programmes"/> read, derived from
    /// <paramref name="observations"/>, written after the real rows of <paramref name="text"/>.
    /// </summary>
    /// <param name="dataset">The dataset whose assigned targets were loaded from <paramref name="text"/>.</param>
    /// <param name="observations">The observations the targets are derived from (the regenerated demonstration table).</param>
    /// <param name="text">The assigned-target file as read.</param>
    /// <param name="programmes">The programmes whose assigned rules need targets.</param>
    /// <param name="firstYear">First year.</param>
    /// <param name="lastYear">Last year.</param>
    /// <param name="seed">The seed.</param>
    public static RegeneratedFile AssignedTargets(Dataset dataset, ObservationTable observations, string text, IEnumerable<Programme> programmes, int firstYear = 2015, int lastYear = 2024, int seed = PanelGenerator.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(programmes);
        var pairs = programmes.SelectMany(p => p.AllRules
            .Where(rule => rule.Requirement is Requirement.Assigned or Requirement.AssignedChange)
            .SelectMany(rule => rule.AssignedIndicator is { } key ? [(p.County, key)] : rule.Indicators.Select(code => (p.County, code))));
        var table = PanelGenerator.GenerateAssignedTargets(dataset, Panel.From(observations), pairs, firstYear, lastYear, seed);
        return new RegeneratedFile(ObservationCsv.RealRowsThenSynthetic(text, dataset.AssignedTargets, table), table);
    }
}

/// <summary>A regenerated observation file: its new text and the rows it holds.</summary>
/// <param name="Text">The file's new text (write it as UTF-8 without a byte-order mark).</param>
/// <param name="Table">The rows: real ones first, then synthetic ones.</param>
public sealed record RegeneratedFile(string Text, ObservationTable Table)
{
    /// <summary>Rows with <c>source=synthetic</c>.</summary>
    public int SyntheticRows => Table.Count(o => o.IsSynthetic);

    /// <summary>Real rows, kept as they were.</summary>
    public int RealRows => Table.Count - SyntheticRows;
}
