namespace Gongkai.SearchApi.Tests.Browser;

/// <summary>
/// Browser test classes run one after another and apart from other tests: each starts a whole
/// service, and Hangfire keeps one job storage per process (JobStorage.Current), so two services
/// running at once in one test process would take each other's jobs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
