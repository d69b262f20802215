using EcoAnalytics.Tests.Rules.SeedTables;

namespace EcoAnalytics.Tests.Support;

/// <summary>
/// Where the tests find the source documents the rules and the catalog trace to (the seeds, kept beside the
/// repository in <c>../shared/seeds</c>, not in it). One setting: <c>ECO_SOURCES</c>, a folder, absolute or relative to
/// the repository root; default <c>../shared/seeds</c>. Tests that read them are <see cref="SourcesFactAttribute"/> or
/// <see cref="SourcesTheoryAttribute"/>: skipped when the folder is missing, failed instead when
/// <c>ECO_REQUIRE_SOURCES=1</c> (as CI sets it).
/// </summary>
internal static class SourceDocuments
{
    public const string FolderVariable = "ECO_SOURCES";

    public const string RequireVariable = "ECO_REQUIRE_SOURCES";

    /// <summary>The default, relative to the repository root.</summary>
    public const string DefaultFolder = "../shared/seeds";

    /// <summary>The folder of source documents (read anew on each call).</summary>
    public static string Folder => Resolve(Environment.GetEnvironmentVariable(FolderVariable), SeedTableFiles.RepoRoot);

    /// <summary>True when a missing folder must fail the tests that need it (<c>ECO_REQUIRE_SOURCES=1</c>).</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true";

    /// <summary>Null when the documents are there; else why the tests that need them cannot run, naming the path.</summary>
    public static string? Missing => Reason(Folder, Required);

    /// <summary><paramref name="value"/> of <c>ECO_SOURCES</c> (null or empty: the default) as a full path.</summary>
    public static string Resolve(string? value, string repoRoot) =>
        Path.GetFullPath(Path.Combine(repoRoot, string.IsNullOrWhiteSpace(value) ? DefaultFolder : value));

    /// <summary>The skip (or, when <paramref name="required"/>, failure) reason for <paramref name="folder"/>; null when it exists.</summary>
    public static string? Reason(string folder, bool required) =>
        Directory.Exists(folder)
            ? null
            : required
                ? $"source documents not found in {folder}, and {RequireVariable}=1 requires them (set {FolderVariable} to the seeds folder)"
                : $"source documents not found in {folder} (set {FolderVariable} to the seeds folder; default {DefaultFolder} beside the repository)";

    /// <summary>The path of one source document; throws with <see cref="Missing"/> when the folder is missing.</summary>
    public static string File(string document)
    {
        var folder = Folder;
        return Reason(folder, required: true) is { } reason ? throw new DirectoryNotFoundException(reason) : Path.Combine(folder, document);
    }
}
