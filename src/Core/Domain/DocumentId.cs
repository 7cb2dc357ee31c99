using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Core.Domain;

/// <summary>
/// Document ids are derived from the source path so that re-indexing the same file, a retried
/// job or a rebuild always lands on the same key (update, never duplicate).
/// </summary>
public static class DocumentId
{
    public static string ForSource(string source)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseSource(source)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    /// <summary>Relative path with '/' separators and no leading "./" or "/".</summary>
    public static string NormaliseSource(string source)
    {
        var s = source.Replace('\\', '/');
        while (s.StartsWith("./", StringComparison.Ordinal)) s = s[2..];
        return s.TrimStart('/');
    }
}
