using Gongkai.Core.Domain;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Plain .txt: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030. Binary data is refused rather
/// than indexed as mojibake.
/// </summary>
public sealed class TextExtractor : IDocumentExtractor
{
    /// <summary>Share of control characters above which a file is binary, not text.</summary>
    private const double MaxControlShare = 0.02;

    /// <summary>Share of undecodable characters tolerated in a GB18030 file (a few broken bytes happen).</summary>
    private const double MaxReplacementShare = 0.005;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ExtractedDocument Extract(Stream content, string fileName, ExtractionLimits limits)
    {
        var bytes = TextDecoding.ReadAll(content, limits.MaxFileBytes);
        var text = Decode(bytes, fileName);
        return new ExtractedDocument(TextDecoding.NormaliseLineBreaks(text), ProvidedMetadata.Empty);
    }

    private static string Decode(byte[] bytes, string fileName)
    {
        var (bomEncoding, bomLength) = TextDecoding.DetectBom(bytes);
        if (bomEncoding is not null)
            return CheckNotBinary(bomEncoding.GetString(bytes, bomLength, bytes.Length - bomLength), fileName);

        // NUL never occurs in UTF-8 or GB18030 text; without a UTF-16 BOM it means binary.
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw NotText(fileName);

        if (TextDecoding.TryDecodeUtf8(bytes, out var utf8)) return CheckNotBinary(utf8, fileName);
        if (TextDecoding.TryDecodeGb18030(bytes, out var gb)) return CheckNotBinary(gb, fileName);

        var lenient = TextDecoding.LenientGb18030.GetString(bytes);
        var bad = lenient.Count(c => c == '\uFFFD');
        if (bad > Math.Max(2, lenient.Length * MaxReplacementShare)) throw NotText(fileName);
        return CheckNotBinary(lenient, fileName);
    }

    private static string CheckNotBinary(string text, string fileName)
    {
        var control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        if (control > Math.Max(2, text.Length * MaxControlShare)) throw NotText(fileName);
        return text;
    }

    private static ExtractionException NotText(string fileName) =>
        new(FailureReason.Corrupt, $"{fileName} 不是文本文件（含二进制数据或无法识别的编码）");
}
