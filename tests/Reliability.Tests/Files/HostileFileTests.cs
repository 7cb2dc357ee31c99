using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gongkai.Reliability.Tests.Files;

/// <summary>
/// Issue 6, hostile files: each ends as a recorded failure with a reason (or a correct document),
/// within bounded time and memory, and the ordinary documents beside them are all indexed.
/// </summary>
public sealed class HostileFileTests(HostileCorpus corpus, ITestOutputHelper output) : IClassFixture<HostileCorpus>
{
    public static TheoryData<string> FileNames() => new(HostileFiles.All().Select(f => f.Name));

    [Theory]
    [MemberData(nameof(FileNames))]
    public async Task Hostile_file_ends_as_a_recorded_failure_or_a_correct_document(string name)
    {
        var file = corpus.Files.Single(f => f.Name == name);
        var client = corpus.Service.Staff();
        var hits = (await client.GetFromJsonAsync<JsonElement>("/api/documents?source=" + Uri.EscapeDataString(name))).GetProperty("hits");
        var failed = corpus.Failures.TryGetValue(name, out var failure);
        output.WriteLine(failed
            ? $"{name}: failed {failure.GetProperty("reason")} — {failure.GetProperty("message")}"
            : $"{name}: {hits.GetArrayLength()} document(s)");

        if (failed)
        {
            Assert.True(file.FailureReasons.Length > 0, $"{name} should have been indexed, but failed: {failure}");
            Assert.Contains(failure.GetProperty("reason").GetString(), file.FailureReasons);
            Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("message").GetString()), "a failure carries a message staff can act on");
            Assert.Equal(0, hits.GetArrayLength());
            return;
        }

        Assert.True(file.MayIndex, $"{name} should have been recorded as {string.Join("/", file.FailureReasons)}, but is not among the failures");
        Assert.Equal(1, hits.GetArrayLength());
        if (file.SearchableWord is { } word)
        {
            var found = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(word));
            Assert.Contains(found.GetProperty("hits").EnumerateArray(), h => h.GetProperty("source").GetString() == name);
        }
    }

    [Fact]
    public async Task Every_ordinary_document_beside_the_hostile_files_is_indexed_and_found_by_its_number()
    {
        var client = corpus.Service.CreateClient();
        for (var i = 0; i < HostileCorpus.GoodFiles; i++)
        {
            var r = await client.GetFromJsonAsync<JsonElement>("/api/lookup?number=" + Uri.EscapeDataString(HostileCorpus.GoodNumber(i)));
            Assert.Equal(1, r.GetProperty("hits").GetArrayLength());
        }
        Assert.Equal(0, corpus.Status.GetProperty("pending").GetInt32());
    }

    [Fact]
    public void Hostile_corpus_is_ingested_within_the_time_bound_and_without_inflating_the_zip_bomb()
    {
        var growth = corpus.PeakWorkingSet - corpus.BaselineWorkingSet;
        output.WriteLine($"ingest {corpus.IngestTime.TotalSeconds:F1} s, working set {corpus.BaselineWorkingSet >> 20} MB → peak {corpus.PeakWorkingSet >> 20} MB, zip bomb unpacks to {HostileFiles.ZipBombUnpackedBytes >> 20} MB");
        Assert.True(corpus.IngestTime < HostileCorpus.IngestBound);
        // The bomb alone would need 3 GB; the guard reads it in a fixed buffer.
        Assert.True(growth < 1024L << 20, $"working set grew by {growth >> 20} MB");
    }

    [Fact]
    public void Zip_bomb_is_a_tiny_file_claiming_gigabytes()
    {
        var bomb = corpus.Files.Single(f => f.Name == "docx/zip-bomb.docx");
        Assert.True(bomb.Bytes.Length < 8 << 20);
        Assert.True(HostileFiles.ZipBombUnpackedBytes > 2L << 30);
    }

    [Fact]
    public async Task Service_keeps_answering_searches_after_the_hostile_ingest()
    {
        var r = await corpus.Service.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString("正常文件正文"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("total").GetInt32() >= HostileCorpus.GoodFiles);
    }
}
