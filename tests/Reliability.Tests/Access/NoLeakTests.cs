using System.Net;
using System.Text.Json;
using Xunit.Abstractions;

namespace Gongkai.Reliability.Tests.Access;

/// <summary>
/// Issue 6: documents that are 依申请公开 / 不予公开 or withdrawn never reach an anonymous caller,
/// through any endpoint; staff still see them (which proves they were indexed and the test can fail).
/// </summary>
public sealed class NoLeakTests(LeakCorpus corpus, ITestOutputHelper output) : IClassFixture<LeakCorpus>
{
    public static TheoryData<string> SecretNames() => new(LeakCorpus.Secrets.Select(s => s.Name));

    private static SecretDocument Find(string name) => LeakCorpus.Secrets.Single(s => s.Name == name);

    [Theory]
    [MemberData(nameof(SecretNames))]
    public async Task Staff_find_the_secret_document_so_it_was_indexed(string name)
    {
        var s = Find(name);
        var r = await corpus.Staff("/api/search?q=" + Uri.EscapeDataString(s.Word));
        Assert.Contains(r.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == s.Id);
    }

    [Theory]
    [MemberData(nameof(SecretNames))]
    public async Task Secret_document_reaches_no_anonymous_caller_through_any_endpoint(string name)
    {
        var s = Find(name);
        Func<string, string> e = Uri.EscapeDataString;
        var leaks = new List<string>();
        async Task Json(string url)
        {
            var body = (await corpus.Anonymous(url)).GetRawText();
            if (Mentions(body, s)) leaks.Add($"{url}: {Cut(body)}");
        }

        await Json("/api/search?q=" + e(s.Word));
        await Json("/api/search?q=" + e(s.Title));
        await Json("/api/search?q=" + e(s.DocNumber));
        await Json("/api/search?q=" + e(LeakCorpus.SharedWord) + "&size=100");
        await Json("/api/search?q=&size=100&sort=date");
        await Json("/api/search?q=&organ=" + e(LeakCorpus.SecretOrgan));
        await Json("/api/search?q=" + e(s.Word) + "&year=2020");
        await Json("/api/lookup?number=" + e(s.DocNumber));
        await Json("/api/lookup?number=" + e(s.DocNumber.Replace('〔', '[').Replace('〕', ']')));
        await Json("/api/suggest?q=" + e(s.Title[..6]));
        await Json("/api/suggest?q=" + e(s.DocNumber[..8]));
        await Json("/api/suggest?q=" + e(s.Word));
        await Json("/api/documents?source=" + e(s.Source));
        await Json("/api/documents/" + corpus.CitingId);

        foreach (var url in new[] { "/api/documents/" + s.Id, "/api/documents/" + s.Id + "/original", "/api/documents/" + s.Id.ToUpperInvariant() })
        {
            using var r = await corpus.Service.CreateClient().GetAsync(url);
            if (r.StatusCode != HttpStatusCode.NotFound) leaks.Add($"{url}: {(int)r.StatusCode}");
        }
        output.WriteLine($"{name}: {leaks.Count} leaks");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    [Fact]
    public async Task Totals_and_facets_count_only_public_documents()
    {
        var all = await corpus.Anonymous("/api/search?q=&size=100");
        Assert.Equal(LeakCorpus.PublicCount, all.GetProperty("total").GetInt32());
        var shared = await corpus.Anonymous("/api/search?q=" + Uri.EscapeDataString(LeakCorpus.SharedWord));
        Assert.True(shared.GetProperty("total").GetInt32() <= LeakCorpus.PublicCount);
        foreach (var facet in all.GetProperty("facets").EnumerateObject())
        {
            Assert.DoesNotContain(facet.Value.EnumerateArray(), v => v.GetProperty("value").GetString() == LeakCorpus.SecretOrgan);
            var sum = facet.Value.EnumerateArray().Sum(v => v.GetProperty("count").GetInt32());
            Assert.True(sum <= LeakCorpus.PublicCount, $"facet {facet.Name} counts {sum} documents");
        }
        var staff = await corpus.Staff("/api/search?q=&size=100");
        Assert.Equal(LeakCorpus.PublicCount + LeakCorpus.Secrets.Length, staff.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Snippets_escape_markup_from_document_text()
    {
        var r = await corpus.Anonymous("/api/search?q=" + Uri.EscapeDataString("跨站脚本测试"));
        var snippet = r.GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        output.WriteLine(snippet);
        Assert.Contains("&lt;script&gt;", snippet);
        Assert.Contains("&lt;img", snippet);
        var withoutMarks = snippet.Replace("<mark>", "").Replace("</mark>", "");
        Assert.DoesNotContain("<", withoutMarks);
    }

    [Fact]
    public async Task An_original_is_sent_as_a_download_not_rendered_in_the_service_origin()
    {
        using var r = await corpus.Service.CreateClient().GetAsync($"/api/documents/{corpus.CitingId}/original");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("attachment", r.Content.Headers.ContentDisposition?.DispositionType);
    }

    /// <summary>
    /// The secret's id, source, private word or organ in an answer. Its title and 文号 are not
    /// checked in text: the public citing document legitimately prints them in its own body.
    /// </summary>
    private static bool Mentions(string json, SecretDocument s)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(json);
        return text.Contains(s.Id) || text.Contains(s.Word) || text.Contains(s.Source) || text.Contains(LeakCorpus.SecretOrgan);
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
