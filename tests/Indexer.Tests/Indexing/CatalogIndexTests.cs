using System.Reflection;
using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Indexing;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Gongkai.Indexer.Tests.Indexing;

/// <summary>
/// A document the catalog already counts (no longer pending) is not in the index until the writer has it:
/// <see cref="CatalogIndex.Writing"/> says so, and the service's "ready" waits for it.
/// </summary>
public sealed class CatalogIndexTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("gk-catalogindex-");
    private readonly IndexAnalyzers _analyzers = new();
    private readonly SqliteCatalogStore _store;
    private readonly IndexHost _host;

    public CatalogIndexTests()
    {
        _store = new SqliteCatalogStore(Path.Combine(_root.FullName, "catalog.db"));
        _host = new IndexHost(new IndexOptions { Path = Path.Combine(_root.FullName, "index") }, _analyzers);
    }

    [Fact]
    public void Writing_holds_from_the_catalog_write_until_the_index_writer_has_the_document()
    {
        CatalogIndex index = null!;
        var seen = new List<(int Pending, bool Writing)>();
        Thread? observer = null;
        // As soon as the catalog has the document, another thread looks (as /api/status does): it is started and
        // waiting for the catalog write's lock before that write returns, so it reads while the long document is
        // analysed for the index writer (≈ 1 s). It does not search: a refresh then waits for the writer to finish
        // the document (Lucene's full flush takes the writer's thread state), so a search never sees it half-written;
        // the gap status must cover is between the catalog and the writer.
        var store = ObservedStore.Wrap(_store, onSave: () =>
        {
            using var started = new ManualResetEventSlim();
            observer = new Thread(() =>
            {
                var pending = _store.Counts().Pending;
                started.Set();
                seen.Add((pending, index.Writing));
            });
            observer.Start();
            started.Wait();
        });
        index = new CatalogIndex(store, _host, NullLogger<CatalogIndex>.Instance);
        var text = string.Concat(Enumerable.Repeat("关于做好城市道路养护工作的通知，各街道办事处要加强巡查。", 20_000));
        index.Save(new CatalogDocument { Id = DocumentId.ForSource("a.txt"), Source = "a.txt", Title = "道路养护通知", Text = text }, 10, 1);
        observer!.Join();

        var (pending, writing) = Assert.Single(seen);
        Assert.Equal(0, pending); // the catalog no longer counts it as waiting…
        Assert.True(writing); // …so status must see that the writer does not have it yet
        Assert.False(index.Writing);
        _host.Refresh();
        Assert.Equal(1, _host.Search(s => s.Search(new MatchAllDocsQuery(), 1).TotalHits));
    }

    /// <summary>The real store, with a hook after each document saved.</summary>
    public class ObservedStore : DispatchProxy
    {
        private ICatalogStore _inner = null!;
        private Action _onSave = null!;

        public static ICatalogStore Wrap(ICatalogStore inner, Action onSave)
        {
            var proxy = Create<ICatalogStore, ObservedStore>();
            var observed = (ObservedStore)(object)proxy;
            observed._inner = inner;
            observed._onSave = onSave;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            var result = method!.Invoke(_inner, args);
            if (method.Name == nameof(ICatalogStore.SaveDocument)) _onSave();
            return result;
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _store.Dispose();
        _analyzers.Dispose();
        _root.Delete(recursive: true);
    }
}
