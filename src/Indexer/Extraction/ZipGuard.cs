using System.IO.Compression;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Inspects a zip package before OpenXml touches it, so a zip bomb or a damaged archive fails
/// fast with a reason instead of exhausting memory deep inside the package reader.
/// </summary>
internal static class ZipGuard
{
    private static ReadOnlySpan<byte> OleSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static void Check(byte[] bytes, string fileName, ExtractionLimits limits)
    {
        if (bytes.AsSpan().StartsWith(OleSignature)) throw OleContainer(bytes, fileName);

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxParts)
                throw TooLarge(fileName, $"含 {zip.Entries.Count} 个部件，上限 {limits.MaxParts}");

            long declared = 0;
            foreach (var entry in zip.Entries) declared += entry.Length;
            if (declared > limits.MaxUnpackedBytes)
                throw TooLarge(fileName, $"解压后 {declared / (1024 * 1024)} MB，上限 {limits.MaxUnpackedBytes / (1024 * 1024)} MB");

            // Declared sizes can lie; count what actually inflates (this also verifies CRCs).
            long actual = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    actual += n;
                    if (actual > limits.MaxUnpackedBytes)
                        throw TooLarge(fileName, $"解压后超过 {limits.MaxUnpackedBytes / (1024 * 1024)} MB 的上限");
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new ExtractionException(FailureReason.Corrupt, $"{fileName} 已损坏或不完整（不是有效的 zip 包）：{e.Message}", e);
        }
    }

    private static ExtractionException TooLarge(string fileName, string detail) =>
        new(FailureReason.TooLarge, $"{fileName} 过大：{detail}");

    /// <summary>
    /// An OLE compound file named .docx is either an encrypted Office file (Office wraps encrypted
    /// OOXML in OLE with an "EncryptionInfo" stream) or a legacy .doc with the wrong extension.
    /// </summary>
    private static ExtractionException OleContainer(byte[] bytes, string fileName)
    {
        var marker = System.Text.Encoding.Unicode.GetBytes("EncryptionInfo");
        return bytes.AsSpan().IndexOf(marker) >= 0
            ? new ExtractionException(FailureReason.Encrypted, $"{fileName} 受密码保护（加密的 Office 文档），无法读取")
            : new ExtractionException(FailureReason.Corrupt, $"{fileName} 实为旧版 Word（.doc）格式的 OLE 文件，扩展名与内容不符");
    }
}
