using Xunit.Abstractions;
using Xunit.Sdk;

namespace EcoAnalytics.Tests.Support;

/// <summary>Debian's chromium-headless-shell (installed by <c>.ci/run</c>): where it is, or why a browser test cannot run.</summary>
public static class SystemChromium
{
    /// <summary>Where Debian's packages put the browsers, headless shell first.</summary>
    public static readonly string[] Candidates = ["/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium"];

    /// <summary>The browser's path, or null.</summary>
    public static string? Path => Candidates.FirstOrDefault(File.Exists);

    /// <summary>True when <c>ECO_REQUIRE_BROWSER=1</c> (CI): a missing browser then fails the browser tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("ECO_REQUIRE_BROWSER") == "1";

    /// <summary>Why the browser tests cannot run, or null.</summary>
    public static string? Missing => Path is null
        ? $"no system chromium ({string.Join(" or ", Candidates)}); install Debian's chromium-headless-shell (apt-get install chromium-headless-shell) to run the browser tests"
        : null;
}

/// <summary>A fact that drives the system chromium: skipped with the reason when it is missing, failed when <see cref="SystemChromium.Required"/>.</summary>
[XunitTestCaseDiscoverer("EcoAnalytics.Tests.Support.BrowserFactDiscoverer", "EcoAnalytics.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!SystemChromium.Required && SystemChromium.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Discovers a <see cref="BrowserFactAttribute"/> test: one failing case with the reason when the required browser is missing.</summary>
public sealed class BrowserFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SystemChromium.Required && SystemChromium.Missing is { } reason
            ? [new ExecutionErrorTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
