using System.Net;
using Gongkai.Reliability.Tests.Infrastructure;
using Gongkai.Reliability.Tests.Requests;
using Gongkai.SearchApi.Endpoints;
using Xunit.Abstractions;

namespace Gongkai.Reliability.Tests.Access;

/// <summary>Issue 6: staff endpoints and the Hangfire dashboard refuse without a key; public search is rate limited; paths cannot escape.</summary>
public sealed class AccessControlTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestService _service = new TestService().With("Corpus:Watch", "false").With("RateLimit:SearchesPerSecond", "2");

    public static TheoryData<string> StaffOnly() => new(["/api/failures", "/hangfire", "/hangfire/jobs/enqueued", "/hangfire/servers"]);

    [Theory]
    [MemberData(nameof(StaffOnly))]
    public async Task Staff_only_address_refuses_without_a_valid_key_and_answers_with_one(string path)
    {
        var refused = new List<string>();
        foreach (var (label, key) in new[] { ("no key", null), ("wrong key", "wrong"), ("empty key", ""), ("key with a space", TestService.StaffKey + " ") })
        {
            var client = _service.CreateClient();
            if (key is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
            using var r = await client.GetAsync(path);
            output.WriteLine($"{path} {label} → {(int)r.StatusCode}");
            if (r.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)) refused.Add($"{label} → {(int)r.StatusCode}");
        }
        using var inQuery = await _service.CreateClient().GetAsync(path + "?X-Api-Key=" + TestService.StaffKey + "&api_key=" + TestService.StaffKey);
        if (inQuery.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)) refused.Add($"key in query string → {(int)inQuery.StatusCode}");
        Assert.True(refused.Count == 0, string.Join("; ", refused));

        using var ok = await _service.Staff().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Refused_staff_api_call_is_a_401_problem_with_a_code()
    {
        using var r = await _service.CreateClient().GetAsync("/api/failures");
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal("unauthorized", await ProblemAssert.Code(r));
    }

    [Fact]
    public async Task Public_search_beyond_the_rate_limit_is_a_429_problem_and_staff_are_not_limited()
    {
        var anonymous = _service.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 20; i++)
        {
            var r = await anonymous.GetAsync("/api/search?q=政府");
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests) limited ??= r;
        }
        output.WriteLine(string.Join(" ", statuses.Select(s => (int)s)));
        Assert.NotNull(limited);
        Assert.Equal("rate_limited", await ProblemAssert.Code(limited));

        var staff = _service.Staff();
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/search?q=政府")).StatusCode);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("../../etc/passwd")]
    [InlineData("a/../../outside.txt")]
    [InlineData("uploads/../../catalog.db")]
    [InlineData("uploads/../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public void A_source_path_cannot_reach_outside_its_folder(string source)
    {
        var corpus = Path.Combine(_service.Root, "corpus");
        var uploads = Path.Combine(_service.Root, "data", "uploads");
        var resolved = DocumentEndpoints.OriginalPath(source, corpus, uploads);
        output.WriteLine($"{source} → {resolved ?? "refused"}");
        Assert.True(resolved is null || resolved.StartsWith(corpus + Path.DirectorySeparatorChar) || resolved.StartsWith(uploads + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void A_source_inside_the_corpus_resolves_to_its_file()
    {
        var corpus = Path.Combine(_service.Root, "corpus");
        Assert.Equal(Path.Combine(corpus, "a", "b.txt"), DocumentEndpoints.OriginalPath("a/b.txt", corpus, Path.Combine(_service.Root, "up")));
    }

    public void Dispose() => _service.Dispose();
}
