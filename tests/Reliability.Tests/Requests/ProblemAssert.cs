using System.Net;
using System.Text.Json;

namespace Gongkai.Reliability.Tests.Requests;

/// <summary>The rule every answer follows: a success, or a client error as problem details with a code; never a 5xx.</summary>
public static class ProblemAssert
{
    public static readonly HashSet<HttpStatusCode> Allowed =
    [
        HttpStatusCode.OK, HttpStatusCode.Accepted, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound,
        HttpStatusCode.MethodNotAllowed, HttpStatusCode.Conflict,
        HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.TooManyRequests,
    ];

    /// <summary>Returns a failure description, or null when the answer follows the rule.</summary>
    public static async Task<string?> Violation(HttpResponseMessage response, string request)
    {
        if (!Allowed.Contains(response.StatusCode)) return $"{request} → {(int)response.StatusCode}";
        if ((int)response.StatusCode < 400) return null;
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("code", out var code) || string.IsNullOrEmpty(code.GetString()))
                return $"{request} → {(int)response.StatusCode} without a problem code: {Cut(body)}";
        }
        catch (JsonException)
        {
            return $"{request} → {(int)response.StatusCode} with a body that is not problem JSON: {Cut(body)}";
        }
        return null;
    }

    public static async Task Follows(HttpResponseMessage response, string request)
    {
        var violation = await Violation(response, request);
        Assert.True(violation is null, violation);
    }

    public static async Task<string> Code(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("code").GetString()!;
    }

    private static string Cut(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
