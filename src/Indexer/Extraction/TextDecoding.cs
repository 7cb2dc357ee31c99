using System.Text;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Turns bytes of unknown encoding into text. Chinese government files are UTF-8 (with or without
/// BOM), UTF-16 with BOM, or GBK/GB18030 without any marker; strict decoding tells them apart.
/// </summary>
internal static class TextDecoding
{
    // Field initializers run in order, before the GB18030 instances below are created.
    private static readonly bool CodePagesRegistered = RegisterCodePages();

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static Encoding StrictGb18030 { get; } = CodePagesRegistered
        ? Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        : throw new InvalidOperationException();

    public static Encoding LenientGb18030 { get; } = Encoding.GetEncoding("GB18030");

    /// <summary>The 8-bit code page of compressed pieces in Word 97–2003 files.</summary>
    public static Encoding Windows1252 { get; } = Encoding.GetEncoding(1252);

    /// <summary>Resolves a charset label from a page (gbk, gb2312, utf-8 …); null when unknown.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // GBK and GB2312 pages routinely contain GB18030-only characters; the superset decodes both.
        if (name is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "gb18030" or "cp936") return LenientGb18030;
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Encoding named by a byte-order mark, and the mark's length.</summary>
    public static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (Encoding.UTF8, 3);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (Encoding.Unicode, 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        return (null, 0);
    }

    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>
    /// UTF-8 with a few damaged bytes (a transfer error, a cut multi-byte character) is still UTF-8:
    /// read as GB18030 it would become mojibake from end to end. GBK text read as UTF-8 fails on
    /// most of its characters, so a small share of replacement characters tells the two apart.
    /// </summary>
    public static bool TryDecodeMostlyUtf8(byte[] bytes, double maxBadShare, out string text)
    {
        text = Encoding.UTF8.GetString(bytes);
        var bad = text.Count(c => c == '\uFFFD');
        if (bad <= Math.Max(2, text.Length * maxBadShare)) return true;
        text = "";
        return false;
    }

    public static bool TryDecodeGb18030(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictGb18030.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>\r\n and lone \r become \n.</summary>
    public static string NormaliseLineBreaks(string s) =>
        s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    /// <summary>Reads a stream fully, refusing more than <paramref name="maxBytes"/>.</summary>
    /// <remarks>A file's length is known: it is read straight into one array of that size (ingest
    /// reads every file once; copying through a buffer and a growing MemoryStream allocated ≈ 3× the file).</remarks>
    public static byte[] ReadAll(Stream content, long maxBytes)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > maxBytes) throw TooLarge(maxBytes);
            var bytes = new byte[remaining];
            // A file that shrank meanwhile fails here (EndOfStreamException, an IOException: retried as
            // transient); one still growing is read as it was measured and re-read when its size changes.
            content.ReadExactly(bytes);
            return bytes;
        }
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > maxBytes) throw TooLarge(maxBytes);
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    private static ExtractionException TooLarge(long maxBytes) =>
        new(FailureReason.TooLarge, $"文件超过 {maxBytes / (1024 * 1024)} MB 的上限");
}
