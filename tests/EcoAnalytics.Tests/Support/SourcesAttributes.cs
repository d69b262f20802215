using Xunit.Abstractions;
using Xunit.Sdk;

namespace EcoAnalytics.Tests.Support;

/// <summary>A fact that reads the source documents (<see cref="SourceDocuments"/>): skipped when they are missing, failed when they are required.</summary>
[XunitTestCaseDiscoverer("EcoAnalytics.Tests.Support.SourcesFactDiscoverer", "EcoAnalytics.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SourcesFactAttribute : FactAttribute
{
    public SourcesFactAttribute()
    {
        if (!SourceDocuments.Required && SourceDocuments.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that reads the source documents (<see cref="SourceDocuments"/>): skipped when they are missing, failed when they are required.</summary>
[XunitTestCaseDiscoverer("EcoAnalytics.Tests.Support.SourcesTheoryDiscoverer", "EcoAnalytics.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SourcesTheoryAttribute : TheoryAttribute
{
    public SourcesTheoryAttribute()
    {
        if (!SourceDocuments.Required && SourceDocuments.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>Discovers a <see cref="SourcesFactAttribute"/> test: one failing case with the one-line reason when the required sources are missing.</summary>
public sealed class SourcesFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SourceDocuments.Required && SourceDocuments.Missing is { } reason
            ? [new ExecutionErrorTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

/// <summary>Discovers a <see cref="SourcesTheoryAttribute"/> test: one failing case with the one-line reason when the required sources are missing.</summary>
public sealed class SourcesTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        SourceDocuments.Required && SourceDocuments.Missing is { } reason
            ? [new ExecutionErrorTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
