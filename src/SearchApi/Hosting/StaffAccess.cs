using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Hosting;

/// <summary>
/// Decides whether a request comes from staff: an X-Api-Key header (or, for pages and the
/// Hangfire dashboard, the staff_key cookie set by the staff login page) equal to a configured key.
/// Keys are compared as SHA-256 digests in constant time, so neither content nor length leaks.
/// </summary>
public sealed class StaffAccess(IOptionsMonitor<StaffOptions> options)
{
    public const string HeaderName = "X-Api-Key";
    public const string CookieName = "staff_key";

    public bool IsStaff(HttpContext context)
    {
        var presented = context.Request.Headers[HeaderName].FirstOrDefault() ?? context.Request.Cookies[CookieName];
        return IsValid(presented);
    }

    public bool IsValid(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return false;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var ok = false;
        foreach (var key in options.CurrentValue.ApiKeys.Where(k => !string.IsNullOrEmpty(k)))
            ok |= CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return ok;
    }

    /// <summary>The actor recorded in the catalog history: a short digest of the key, never the key itself.</summary>
    public static string Actor(HttpContext context)
    {
        var key = context.Request.Headers[HeaderName].FirstOrDefault() ?? context.Request.Cookies[CookieName] ?? "";
        return "staff:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
    }
}
