using Xunit;
using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Uploads;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Indexer.Tests.Uploads;

public sealed class FolderImporterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gongkai-import-tests", Guid.NewGuid().ToString("N"));
    private string Folder => Path.Combine(_root, "in");
    private string Data => Path.Combine(_root, "data");

    private static readonly IConfiguration Config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Organs:张政发"] = "张店区人民政府",
        ["Catalog:OrganCodes:张店区人民政府"] = "11370303004362052D",
    }).Build();

    public FolderImporterTests() => Directory.CreateDirectory(Folder);

    private void Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private void Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void An_import_ingests_every_file_reports_progress_and_groups_failures_by_reason()
    {
        Write("a.txt", "张店区人民政府文件\n\n张政发〔2017〕5号\n\n关于甲的通知\n\n正文甲。\n\n张店区人民政府\n2017年3月5日");
        Write("sub/b.txt", "关于乙的通知\n正文乙。");
        Write("c.doc", [0xD0, 0xCF, 0x11, 0xE0, 1, 2]);
        Write("d.xls", [0xD0, 0xCF, 0x11, 0xE0, 3, 4]);
        Write("e.docx", [0x50, 0x4B, 0x03, 0x04, 9, 9]);
        var seen = new List<ImportProgress>();

        ImportSummary summary;
        using (var pipeline = ImportPipeline.Open(Config, Folder, Data))
            summary = pipeline.Importer.Run(Folder, seen.Add);

        Assert.Equal(5, summary.Queued);
        Assert.Equal(2, summary.Indexed);
        Assert.Equal([1, 2, 3, 4, 5], seen.Select(p => p.Done));
        Assert.All(seen, p => Assert.Equal(5, p.Total));
        var groups = summary.FailuresByReason.ToDictionary(g => g.Key, g => g.Select(f => f.Source).Order().ToArray());
        // A .doc is read since the Word binary reader; six bytes of an OLE header are a damaged one.
        Assert.Equal(["d.xls"], groups[nameof(FailureReason.UnsupportedFormat)]);
        Assert.Equal(["c.doc", "e.docx"], groups[nameof(FailureReason.Corrupt)]);

        // The result is the service's own data folder: a catalog the service opens as it is.
        using var store = OpenStore();
        Assert.Equal(2, store.Counts().Documents);
        Assert.Equal("11370303004362052D/2017-00001", store.GetDocumentBySource("a.txt")!.IndexNumber);
    }

    [Fact]
    public void A_second_import_of_an_unchanged_folder_does_nothing_and_a_changed_file_is_ingested_again()
    {
        Write("a.txt", "关于甲的通知\n正文甲。");
        Write("b.txt", "关于乙的通知\n正文乙。");
        using (var first = ImportPipeline.Open(Config, Folder, Data)) first.Importer.Run(Folder);

        Write("b.txt", "关于乙的通知\n正文乙，已修改。");
        File.SetLastWriteTimeUtc(Path.Combine(Folder, "b.txt"), DateTime.UtcNow.AddMinutes(1));
        using var second = ImportPipeline.Open(Config, Folder, Data);
        var summary = second.Importer.Run(Folder);

        Assert.Equal(1, summary.Queued);
        Assert.Equal(1, summary.Indexed);
    }

    [Fact]
    public void Opening_a_data_folder_whose_index_is_held_by_a_live_writer_is_refused()
    {
        Write("a.txt", "关于甲的通知\n正文甲。");
        using var running = ImportPipeline.Open(Config, Folder, Data);

        var refused = Assert.Throws<IndexLockedException>(() => ImportPipeline.Open(Config, Folder, Data));
        Assert.Contains("数据目录正被运行中的服务使用", refused.Message);
    }

    [Fact]
    public void A_lock_file_left_by_a_dead_process_does_not_block_the_next_start()
    {
        Write("a.txt", "关于甲的通知\n正文甲。");
        using (var first = ImportPipeline.Open(Config, Folder, Data)) first.Importer.Run(Folder);
        // What a killed process leaves: the file, but no OS lock on it.
        File.WriteAllText(Path.Combine(Data, "index", "write.lock"), "");
        File.WriteAllText(Path.Combine(Data, "index.lock"), "999999");

        using var next = ImportPipeline.Open(Config, Folder, Data);
        Assert.Equal(0, next.Importer.Run(Folder).Queued);
    }

    [Fact]
    public void Importing_one_subfolder_adds_to_the_catalog_and_removes_nothing_else()
    {
        Write("2016/a.txt", "关于甲的通知\n正文甲。");
        Write("2017/b.txt", "关于乙的通知\n正文乙。");
        using (var whole = ImportPipeline.Open(Config, Folder, Data)) whole.Importer.Run(Folder);
        Write("2017/c.txt", "关于丙的通知\n正文丙。");

        var sub = Path.Combine(Folder, "2017");
        var root = ImportPipeline.CorpusRootFor(sub, Folder);
        using (var part = ImportPipeline.Open(Config, root, Data))
            Assert.Equal(1, part.Importer.Run(sub).Indexed);

        Assert.Equal(Folder, root);
        using var store = OpenStore();
        Assert.Equal(["2016/a.txt", "2017/b.txt", "2017/c.txt"], store.ListSources().Select(s => s.Source).Order().ToArray());
    }

    [Fact]
    public void The_corpus_root_is_the_services_when_the_folder_lies_within_it_else_the_folder()
    {
        Assert.Equal("/srv/corpus", ImportPipeline.CorpusRootFor("/srv/corpus/2017/", "/srv/corpus"));
        Assert.Equal("/srv/corpus", ImportPipeline.CorpusRootFor("/srv/corpus", "/srv/corpus/"));
        Assert.Equal("/srv/corpus-old", ImportPipeline.CorpusRootFor("/srv/corpus-old", "/srv/corpus"));
        Assert.Equal("/tmp/in", ImportPipeline.CorpusRootFor("/tmp/in", null));
    }

    private Catalog.SqliteCatalogStore OpenStore() => new(Path.Combine(Data, "catalog.db"));

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
