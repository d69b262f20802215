using EcoAnalytics.Data;
using EcoAnalytics.Tests.Support;

namespace EcoAnalytics.Tests.Data;

/// <summary>Where the bundled datasets and rules are found.</summary>
public sealed class BundledTests
{
    [Fact]
    public void FindHome_EcoHomeSet_WinsOverEverythingElse()
    {
        using var folder = new Some.TempFolder();
        Assert.Equal("/somewhere", Bundled.FindHome("/somewhere", folder.Path, folder.Path, folder.Path));
    }

    [Fact]
    public void FindHome_DataNextToTheApplication_TheApplicationFolder()
    {
        using var folder = new Some.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "app", "datasets"));
        var app = Path.Combine(folder.Path, "app");
        Assert.Equal(app, Bundled.FindHome(null, folder.Path, app, app));
    }

    [Fact]
    public void FindHome_OnlyThePackageHasData_ThePackagesContentFiles()
    {
        // A notebook's #r "nuget: EcoAnalytics": the assembly is loaded from the package, whose content files were never copied.
        using var folder = new Some.TempFolder();
        var lib = Directory.CreateDirectory(Path.Combine(folder.Path, "ecoanalytics", "0.1.0", "lib", "net10.0")).FullName;
        var content = Directory.CreateDirectory(Path.Combine(folder.Path, "ecoanalytics", "0.1.0", "contentFiles", "any", "any", "datasets")).Parent!.FullName;
        var host = Directory.CreateDirectory(Path.Combine(folder.Path, "host")).FullName;
        Assert.Equal(content, Bundled.FindHome(null, host, host, lib));
        Assert.Equal(host, Bundled.FindHome(null, host, host, host));
    }
}

/// <summary>Tests that change process-wide environment variables: run alone, after every parallel test.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

/// <summary><see cref="Bundled"/> reads <c>ECO_HOME</c> on every call, so a test or a notebook that changes it sees the change.</summary>
[Collection(nameof(EnvironmentCollection))]
public sealed class BundledEnvironmentTests
{
    [Fact]
    public void HomeFolder_EcoHomeChanged_FollowsTheChange()
    {
        var original = Environment.GetEnvironmentVariable("ECO_HOME");
        using var first = new Some.TempFolder();
        using var second = new Some.TempFolder();
        try
        {
            Environment.SetEnvironmentVariable("ECO_HOME", first.Path);
            Assert.Equal(first.Path, Bundled.HomeFolder);
            Assert.Equal(Path.Combine(first.Path, "datasets"), Bundled.DatasetsFolder);

            Environment.SetEnvironmentVariable("ECO_HOME", second.Path);
            Assert.Equal(second.Path, Bundled.HomeFolder);
            Assert.Equal(Path.Combine(second.Path, "rules"), Bundled.RulesFolder);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ECO_HOME", original);
        }

        Assert.NotEqual(second.Path, Bundled.HomeFolder);
    }
}
