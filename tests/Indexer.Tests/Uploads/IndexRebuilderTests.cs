using Gongkai.Indexer.Uploads;
using Xunit;

namespace Gongkai.Indexer.Tests.Uploads;

public sealed class IndexRebuilderTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), "gongkai-rebuilder-tests", Guid.NewGuid().ToString("N"), "catalog.db");

    [Fact]
    public void Asking_again_while_a_rebuild_is_queued_returns_the_same_job()
    {
        using var jobs = new SqliteJobStore(_db);
        var rebuilder = new IndexRebuilder(null!, jobs);
        var first = rebuilder.Request(out var firstIsNew);
        var second = rebuilder.Request(out var secondIsNew);
        Assert.True(firstIsNew);
        Assert.False(secondIsNew);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void A_rebuild_left_running_by_a_previous_process_is_marked_failed_and_a_new_one_starts()
    {
        using var jobs = new SqliteJobStore(_db);
        var left = jobs.Create(JobKind.Rebuild, null, null);
        jobs.SetState(left.Id, JobState.Running);

        var job = new IndexRebuilder(null!, jobs).Request(out var isNew);

        Assert.True(isNew);
        Assert.NotEqual(left.Id, job.Id);
        Assert.Equal(JobState.Failed, jobs.Get(left.Id)!.State);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path.GetDirectoryName(_db)!, recursive: true); } catch (IOException) { }
    }
}
