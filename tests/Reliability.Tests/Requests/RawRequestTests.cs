using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Gongkai.Reliability.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Gongkai.Reliability.Tests.Requests;

/// <summary>
/// Bytes no well-behaved client sends, on a real socket: invalid percent-encoding, invalid UTF-8,
/// NUL and control bytes in the request line. Each gets an answer (never a 5xx) within seconds.
/// Requests the server itself refuses before routing (a malformed request line) are answered by
/// Kestrel with a bare 400; everything that reaches the application carries a problem code.
/// </summary>
public sealed class RawRequestTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan AnswerBound = TimeSpan.FromSeconds(10);
    private readonly TestService _service = new TestService().With("Corpus:Watch", "false");

    public static TheoryData<string> Targets() => new(
    [
        "/api/search?q=%zz",
        "/api/search?q=%E4%B8",
        "/api/search?q=%FF%FE%FD",
        "/api/search?q=%C0%80",
        "/api/search?q=%ED%A0%80",
        "/api/search?q=%",
        "/api/search?q=%%%%",
        "/api/search?q=%00",
        "/api/search?page=%2D1&size=%31%30%30%30%30%30%30",
        "/api/lookup?number=%E5%BC%A0%zz%E6%94%BF",
        "/api/suggest?q=%F0%9F%98",
        "/api/documents?source=..%2F..%2Fetc%2Fpasswd",
        "/api/documents?source=%2e%2e/%2e%2e/",
        "/api/documents/%FF%FE",
        "/api/documents/%zz",
        "/api/documents/..%2F..%2Fappsettings.json/original",
        "/api/documents/%2e%2e/original",
        "/api/documents/%00",
        "/api/%C0%AE%C0%AE/",
        "/api/search?q=\u00ff\u00fe",
        "/api/search?q=a b",
        "/api/search?q=\u0001\u0002",
    ]);

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Raw_request_target_gets_a_4xx_or_200_quickly_never_a_5xx(string target)
    {
        var address = _service.StartKestrel();
        var clock = Stopwatch.StartNew();
        var (status, body) = await Send(address, Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        output.WriteLine($"{target} → {status} in {clock.ElapsedMilliseconds} ms: {(body.Length > 160 ? body[..160] : body)}");
        Assert.True(clock.Elapsed < AnswerBound);
        Assert.True(status is 200 or 400 or 404, $"{target} → {status}");
        // Kestrel refuses some request lines before any middleware runs (a bare 400); an answer from the app has a code.
        if (status is 404 || status == 400 && body.Length > 0) Assert.Contains("\"code\"", body);
    }

    [Fact]
    public async Task A_request_that_never_finishes_its_headers_does_not_block_others()
    {
        var address = _service.StartKestrel();
        using var stalled = new TcpClient();
        await stalled.ConnectAsync(address.Host, address.Port);
        await stalled.GetStream().WriteAsync("GET /api/search?q=政府 HTTP/1.1\r\nHost: x\r\n"u8.ToArray());
        var (status, _) = await Send(address, "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"u8.ToArray());
        Assert.Equal(200, status);
    }

    private static async Task<(int Status, string Body)> Send(Uri address, byte[] request)
    {
        using var cts = new CancellationTokenSource(AnswerBound);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, cts.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request, cts.Token);
        using var ms = new MemoryStream();
        await stream.CopyToAsync(ms, cts.Token);
        var text = Encoding.UTF8.GetString(ms.ToArray());
        var status = int.Parse(text.Split(' ', 3)[1]);
        var bodyAt = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyAt < 0 ? "" : text[(bodyAt + 4)..]);
    }

    public void Dispose() => _service.Dispose();
}
