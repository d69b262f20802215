namespace EcoAnalytics.Diagnostics;

/// <summary>
/// What a loader produced plus everything it found wrong. Loaders never throw for bad input: bad rows are
/// reported here and skipped, good rows are kept.
/// </summary>
/// <typeparam name="T">The loaded value.</typeparam>
/// <param name="Value">The value built from every usable part of the input.</param>
/// <param name="Diagnostics">Errors, warnings and notes, in file order.</param>
public sealed record LoadResult<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
