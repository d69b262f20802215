namespace EcoAnalytics.Tests.Support;

/// <summary>A clock stopped on 1 July of <paramref name="year"/> (NodaTime's FakeClock, for TimeProvider).</summary>
internal sealed class FixedClock(int year) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(year, 7, 1, 0, 0, 0, TimeSpan.Zero);
}
