using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Decodes a saved portal page. The declared charset wins (many county portals still serve GBK);
/// without one, strict UTF-8 and then GB18030 decide, as for plain text.
/// </summary>
internal static partial class HtmlDecoding
{
    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    public static string Decode(byte[] bytes)
    {
        var (bom, bomLength) = TextDecoding.DetectBom(bytes);
        if (bom is not null) return bom.GetString(bytes, bomLength, bytes.Length - bomLength);

        // The declaration sits in <head>; ASCII-compatible encodings let us read it as Latin-1.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = TextDecoding.FromLabel(MetaCharset().Match(head) is { Success: true } m ? m.Groups[1].Value : null);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage) return declared.GetString(bytes);

        // Pages declared UTF-8 are sometimes GBK in fact (templates copied between sites).
        if (TextDecoding.TryDecodeUtf8(bytes, out var utf8)) return utf8;
        if (declared is null && TextDecoding.TryDecodeGb18030(bytes, out var gb)) return gb;
        return declared is not null ? Encoding.UTF8.GetString(bytes) : TextDecoding.LenientGb18030.GetString(bytes);
    }
}
