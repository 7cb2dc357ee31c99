using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Gongkai.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gongkai.Reliability.Tests.Requests;

/// <summary>
/// Issue 6: thousands of generated hostile requests against the in-process service, on every
/// endpoint, anonymous and staff. Each must answer a 2xx or a 4xx with a problem code, quickly.
/// The seed is fixed so a failure can be replayed; the generator is deterministic for a seed.
/// </summary>
public sealed class RequestFuzzTests(RequestCorpus corpus, ITestOutputHelper output) : IClassFixture<RequestCorpus>
{
    public const int Requests = 10_000;
    public const int Seed = 20261128;
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private static readonly string[] Parameters =
        ["q", "number", "source", "organ", "year", "kind", "category", "validity", "from", "to", "sort", "page", "size", "id", "callback", "q[]", "__proto__", "", "%", "&", "q q"];

    [Fact]
    public async Task Thousands_of_generated_hostile_requests_never_get_a_5xx_or_hang()
    {
        var rng = new Random(Seed);
        var anonymous = corpus.Service.CreateClient();
        var staff = corpus.Service.Staff();
        anonymous.Timeout = staff.Timeout = PerRequest;
        var violations = new List<string>();
        var statuses = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;

        for (var i = 0; i < Requests && clock.Elapsed < Budget; i++)
        {
            using var request = Generate(rng);
            var described = $"#{i} {request.Method} {request.RequestUri}";
            var client = rng.Next(3) == 0 ? staff : anonymous;
            var started = clock.Elapsed;
            using var response = await client.SendAsync(request);
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, (clock.Elapsed - started).Ticks));
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            if (await ProblemAssert.Violation(response, described) is { } v) violations.Add(v);
        }

        var sent = statuses.Values.Sum();
        output.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed}), slowest {slowest.TotalMilliseconds:F0} ms; statuses: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(violations.Count == 0, $"{violations.Count} violations:\n" + string.Join("\n", violations.Take(20)));
        Assert.Equal(Requests, sent);
    }

    private HttpRequestMessage Generate(Random rng)
    {
        var kind = rng.Next(12);
        return kind switch
        {
            < 4 => Get(rng, "/api/search"),
            4 => Get(rng, "/api/lookup"),
            5 => Get(rng, "/api/suggest"),
            6 => Get(rng, "/api/documents"),
            7 => new HttpRequestMessage(HttpMethod.Get, "/api/documents/" + PathSegment(rng) + (rng.Next(3) == 0 ? "/original" : "")),
            8 => Get(rng, rng.Next(2) == 0 ? "/api/status" : "/api/failures"),
            9 => Post(rng, rng.Next(3) switch { 0 => "/api/check", 1 => "/api/answer", _ => "/api/documents" }),
            10 => new HttpRequestMessage(Pick(rng, [HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, HttpMethod.Head]), Pick(rng, ["/api/search", "/api/documents/" + corpus.DocumentId, "/api/status"])),
            _ => Get(rng, Pick(rng, ["/api/jobs/" + PathSegment(rng), "/api/" + PathSegment(rng), "/api/search/" + PathSegment(rng)])),
        };
    }

    private static HttpRequestMessage Get(Random rng, string path)
    {
        var query = new StringBuilder();
        var count = rng.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            var name = rng.Next(4) == 0 ? Pick(rng, Parameters) : Pick(rng, ["q", "number", "source", "page", "size", "year", "from", "to", "sort"]);
            var value = name switch
            {
                "page" or "size" or "year" => Pick(rng, HostileInputs.Numbers),
                "from" or "to" => Pick(rng, HostileInputs.Dates),
                "sort" => Pick(rng, HostileInputs.Sorts),
                _ => rng.Next(2) == 0 ? Pick(rng, HostileInputs.Text) : HostileInputs.RandomText(rng, rng.Next(2) == 0 ? 20 : 1200),
            };
            query.Append(i == 0 ? '?' : '&').Append(Encode(name)).Append('=').Append(rng.Next(5) == 0 ? HostileInputs.RawEncoded(rng, value) : Encode(value));
        }
        return new HttpRequestMessage(HttpMethod.Get, path + query);
    }

    private static HttpRequestMessage Post(Random rng, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        var text = HostileInputs.RandomText(rng, rng.Next(2) == 0 ? 50 : 5000);
        request.Content = rng.Next(6) switch
        {
            0 => new StringContent("{\"text\":" + System.Text.Json.JsonSerializer.Serialize(text) + ",\"request\":\"x\"}", Encoding.UTF8, "application/json"),
            1 => new StringContent("{\"text\": [1,2,", Encoding.UTF8, "application/json"),
            2 => new StringContent(text, Encoding.UTF8, "text/plain"),
            3 => new ByteArrayContent(new byte[rng.Next(0, 100_000)]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
            4 => new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", Pick(rng, ["a.txt", "../../etc/passwd", "..\\..\\x.docx", "no-extension", "政府.pdf", "a%00b.txt"]) } },
            _ => new StringContent("file=x", Encoding.UTF8, "multipart/form-data"),
        };
        return request;
    }

    /// <summary>
    /// A path segment; NUL is left out because the in-process test client itself refuses it
    /// (Kestrel answers it with a 400; <see cref="RawRequestTests"/> sends it on a real socket).
    /// </summary>
    private static string PathSegment(Random rng) =>
        Encode((rng.Next(3) == 0 ? Pick(rng, HostileInputs.Text) : HostileInputs.RandomText(rng, 40)).Replace("\0", ""));

    /// <summary>Percent-encodes UTF-8 bytes (lone surrogates become U+FFFD, as any client would send them).</summary>
    private static string Encode(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
            sb.Append(b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' ? ((char)b).ToString() : "%" + b.ToString("X2"));
        return sb.ToString();
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
