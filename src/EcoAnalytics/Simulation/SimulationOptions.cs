using EcoAnalytics.Outlook;

namespace EcoAnalytics.Simulation;

/// <summary>How dependence between a county's indicators is treated.</summary>
public enum DependenceMode
{
    /// <summary>
    /// Estimate residual correlation from observed (not synthetic) values where a pair of indicators shares enough
    /// years (<see cref="SimulationOptions.MinOverlapYears"/>), shrunk toward zero; independence for every other pair.
    /// </summary>
    Estimated,

    /// <summary>Every indicator independent of every other (joint probabilities are then exact products).</summary>
    Independent,
}

/// <summary>What to simulate and how.</summary>
public sealed record SimulationOptions
{
    private readonly int _paths = 10_000;
    private readonly int _minOverlapYears = 6;

    /// <summary>Monte-Carlo paths per series (at least 100). Default 10,000: a probability's standard error is then at most 0.005.</summary>
    public int Paths
    {
        get => _paths;
        init => _paths = value >= 100 && value <= 10_000_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Paths), value, "Paths must be between 100 and 10,000,000.");
    }

    /// <summary>The seed: the same seed gives the same numbers, byte for byte, whatever the order or number of threads. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The scenarios besides the baseline (which always comes first).</summary>
    public IReadOnlyList<Scenario> Scenarios { get; init; } = [];

    /// <summary>Model, level, threshold set, overrides, counties and the default deadline, exactly as for the outlook.</summary>
    public ForecastOptions Forecast { get; init; } = ForecastOptions.Default;

    /// <summary>How dependence between indicators is treated. Default <see cref="DependenceMode.Estimated"/>.</summary>
    public DependenceMode Dependence { get; init; } = DependenceMode.Estimated;

    /// <summary>The fewest years with observed values of both indicators for a correlation to be estimated (at least 4). Default 6.</summary>
    public int MinOverlapYears
    {
        get => _minOverlapYears;
        init => _minOverlapYears = value >= 4
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinOverlapYears), value, "MinOverlapYears must be at least 4.");
    }

    /// <summary>
    /// Rules counted as binding, by name; null for what the source marks (<c>binding: 约束性</c>), or every rule when
    /// the programme marks none (the output says so).
    /// </summary>
    public IReadOnlyCollection<string>? Binding { get; init; }

    /// <summary>
    /// The year every rule is judged in (an inspection), instead of each rule's own deadline; null for the deadlines.
    /// A year already observed is judged on the value observed then; a status milestone on its present status.
    /// </summary>
    public int? InspectionYear { get; init; }

    /// <summary>Called with the fraction done (0–1) as counties finish; null for none.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>The defaults: 10,000 paths, seed 1, no scenario, estimated dependence.</summary>
    public static SimulationOptions Default { get; } = new();
}
