using Xunit;
using Gongkai.Indexer.Catalog;

namespace Gongkai.Indexer.Tests;

public class SqliteCatalogStoreTests
{
    [Fact]
    public async Task Closing_the_catalog_while_another_thread_reads_gives_a_disposed_error_never_sqlite_misuse()
    {
        var folder = Directory.CreateTempSubdirectory("gk-catalog-");
        try
        {
            for (var round = 0; round < 20; round++)
            {
                var store = new SqliteCatalogStore(Path.Combine(folder.FullName, $"c{round}.db"));
                for (var i = 0; i < 50; i++) store.MarkPending($"f{i}.txt", i, i);
                Exception? seen = null;
                using var started = new ManualResetEventSlim();
                var reader = Task.Run(() =>
                {
                    started.Set();
                    try
                    {
                        while (true) { _ = store.LastSequence; _ = store.ListSources(); }
                    }
                    catch (Exception e) { seen = e; }
                });
                started.Wait();
                Thread.Sleep(round % 3);
                store.Dispose();
                await reader.WaitAsync(TimeSpan.FromSeconds(10));
                Assert.IsType<ObjectDisposedException>(seen);
                store.Dispose(); // twice is harmless
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
