namespace EcoAnalytics.Tests.Support;

/// <summary>The one setting that locates the source documents, and the reasons given when they are missing.</summary>
public sealed class SourceDocumentsTests
{
    [Fact]
    public void Resolve_Unset_IsSharedSeedsBesideTheRepository()
    {
        Assert.Equal(Path.GetFullPath("/repo/../shared/seeds"), SourceDocuments.Resolve(null, "/repo"));
        Assert.Equal(Path.GetFullPath("/shared/seeds"), SourceDocuments.Resolve(" ", "/repo"));
    }

    [Fact]
    public void Resolve_RelativeOrAbsolute_RelativeToTheRepositoryRoot()
    {
        Assert.Equal(Path.GetFullPath("/repo/seeds"), SourceDocuments.Resolve("seeds", "/repo"));
        Assert.Equal(Path.GetFullPath("/elsewhere/seeds"), SourceDocuments.Resolve("/elsewhere/seeds", "/repo"));
    }

    [Fact]
    public void Reason_MissingFolder_NamesThePathOnOneLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"eco-no-sources-{Guid.NewGuid():N}");
        var skip = SourceDocuments.Reason(missing, required: false);
        var fail = SourceDocuments.Reason(missing, required: true);

        Assert.Equal($"source documents not found in {missing} (set ECO_SOURCES to the seeds folder; default ../shared/seeds beside the repository)", skip);
        Assert.Equal($"source documents not found in {missing}, and ECO_REQUIRE_SOURCES=1 requires them (set ECO_SOURCES to the seeds folder)", fail);
        Assert.Null(SourceDocuments.Reason(Path.GetTempPath(), required: true));
    }
}
