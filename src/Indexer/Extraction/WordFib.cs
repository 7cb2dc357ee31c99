using System.Buffers.Binary;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// The parts of a Word 97–2003 File Information Block (MS-DOC 2.5.1) that text extraction needs:
/// which table stream holds the piece table, where it is, and how long each story is.
/// </summary>
/// <param name="NFib">File format version; 193 (0xC1) and later are Word 97+ (Kingsoft WPS writes the same).</param>
/// <param name="Encrypted">fEncrypted: the streams are RC4- or XOR-encrypted.</param>
/// <param name="TableStream">"1Table" or "0Table" (fWhichTblStm).</param>
/// <param name="CcpText">Characters of the main document; the body is CP 0 … CcpText.</param>
/// <param name="CcpFtn">Characters of the footnote story, right after the main document.</param>
/// <param name="CcpHdd">Characters of the header/footer story, right after the footnotes.</param>
/// <param name="FcClx">Offset of the CLX (piece table) in the table stream.</param>
/// <param name="LcbClx">Length of the CLX.</param>
/// <param name="FcPlcfBtePapx">Offset of the paragraph-property bin table (table row ends are found there).</param>
/// <param name="LcbPlcfBtePapx">Length of that bin table.</param>
internal sealed record WordFib(int NFib, bool Encrypted, string TableStream, int CcpText, int CcpFtn, int CcpHdd,
    uint FcClx, uint LcbClx, uint FcPlcfBtePapx, uint LcbPlcfBtePapx)
{
    /// <summary>First nFib of Word 97; Word 6/95 files (nFib 101–105) store text differently.</summary>
    public const int Word97 = 0xC1;

    private const ushort WordIdent = 0xA5EC;
    private const ushort Word6Ident = 0xA5DC;
    private const int FibRgFcLcbStart = 0x9A;

    /// <summary>Reads the FIB; throws Corrupt/UnsupportedFormat when the stream is not a Word 97+ document.</summary>
    public static WordFib Read(ReadOnlySpan<byte> s, string fileName)
    {
        if (s.Length < 0x9A + 2) throw Corrupt(fileName, "WordDocument 流太短，缺少文件信息块（FIB）");
        var ident = BinaryPrimitives.ReadUInt16LittleEndian(s);
        var nFib = BinaryPrimitives.ReadUInt16LittleEndian(s[2..]);
        if (ident == Word6Ident || (ident == WordIdent && nFib < Word97))
            throw new ExtractionException(FailureReason.UnsupportedFormat,
                $"{fileName} 是 Word 6.0/95 格式（nFib={nFib}），暂不支持；请另存为 .docx");
        if (ident != WordIdent) throw Corrupt(fileName, $"WordDocument 流的标识 0x{ident:X4} 不是 Word 文档");

        var flags = BinaryPrimitives.ReadUInt16LittleEndian(s[0x0A..]);
        var encrypted = (flags & 0x0100) != 0;
        var table = (flags & 0x0200) != 0 ? "1Table" : "0Table";

        // FibBase (32 bytes), then csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcbBlob.
        var csw = BinaryPrimitives.ReadUInt16LittleEndian(s[0x20..]);
        var lwAt = 0x22 + csw * 2;
        if (lwAt + 2 > s.Length) throw Corrupt(fileName, "FIB 被截断");
        var cslw = BinaryPrimitives.ReadUInt16LittleEndian(s[lwAt..]);
        var rgLw = lwAt + 2;
        if (cslw < 11 || rgLw + cslw * 4 + 2 > s.Length) throw Corrupt(fileName, "FIB 的长整数区不完整");
        var fcLcbAt = rgLw + cslw * 4;
        var cbRgFcLcb = BinaryPrimitives.ReadUInt16LittleEndian(s[fcLcbAt..]);
        var rgFcLcb = fcLcbAt + 2;
        if (cbRgFcLcb < 34 || rgFcLcb + cbRgFcLcb * 8 > s.Length) throw Corrupt(fileName, "FIB 的偏移表不完整");
        if (rgFcLcb != FibRgFcLcbStart && csw == 14) throw Corrupt(fileName, "FIB 结构与 Word 97 不符");

        // fibRgLw97: ccpText, ccpFtn, ccpHdd are entries 3–5; fibRgFcLcb97: Clx is pair 33, PlcfBtePapx pair 13.
        var ccpText = BinaryPrimitives.ReadInt32LittleEndian(s[(rgLw + 12)..]);
        var ccpFtn = BinaryPrimitives.ReadInt32LittleEndian(s[(rgLw + 16)..]);
        var ccpHdd = BinaryPrimitives.ReadInt32LittleEndian(s[(rgLw + 20)..]);
        if (ccpText < 0 || ccpFtn < 0 || ccpHdd < 0 || (long)ccpText + ccpFtn + ccpHdd > int.MaxValue)
            throw Corrupt(fileName, "FIB 中的字符数无效");
        var pairs = s[rgFcLcb..];
        return new WordFib(nFib, encrypted, table, ccpText, ccpFtn, ccpHdd,
            BinaryPrimitives.ReadUInt32LittleEndian(pairs[(33 * 8)..]), BinaryPrimitives.ReadUInt32LittleEndian(pairs[(33 * 8 + 4)..]),
            BinaryPrimitives.ReadUInt32LittleEndian(pairs[(13 * 8)..]), BinaryPrimitives.ReadUInt32LittleEndian(pairs[(13 * 8 + 4)..]));
    }

    private static ExtractionException Corrupt(string fileName, string detail) =>
        new(FailureReason.Corrupt, $"{fileName} 已损坏，无法作为 Word 文档读取：{detail}");
}
