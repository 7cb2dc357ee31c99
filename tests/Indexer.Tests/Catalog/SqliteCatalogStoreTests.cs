using Xunit;
using Gongkai.Indexer.Catalog;

namespace Gongkai.Indexer.Tests;

public class SqliteCatalogStoreTests
{
    [Fact]
    public void A_batch_marked_pending_is_pending_with_its_fingerprints_and_an_indexed_file_in_it_becomes_pending_again()
    {
        var folder = Directory.CreateTempSubdirectory("gk-catalog-");
        try
        {
            using var store = new SqliteCatalogStore(Path.Combine(folder.FullName, "c.db"));
            store.SaveDocument(new Gongkai.Core.Domain.CatalogDocument { Id = Gongkai.Core.Domain.DocumentId.ForSource("b.txt"), Source = "b.txt", Title = "示例", Text = "示例" }, 5, 50);
            Assert.Equal(SourceState.Indexed, store.GetSource("b.txt")!.State);

            store.MarkPending([("a.txt", 1, 10), ("b.txt", 2, 20), ("c/d.txt", 3, 30)]);

            var sources = store.ListSources().OrderBy(s => s.Source, StringComparer.Ordinal).ToList();
            Assert.Equal(["a.txt", "b.txt", "c/d.txt"], sources.Select(s => s.Source));
            Assert.All(sources, s => Assert.Equal(SourceState.Pending, s.State));
            Assert.Equal([(1L, 10L), (2L, 20L), (3L, 30L)], sources.Select(s => (s.Size, s.ModifiedTicks)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

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
