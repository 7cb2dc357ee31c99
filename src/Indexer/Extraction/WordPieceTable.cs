using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// The piece table (MS-DOC 2.9.177 PlcPcd inside the CLX): which bytes of the WordDocument stream
/// hold each run of character positions, and whether they are UTF-16LE or one byte per character.
/// </summary>
internal sealed class WordPieceTable
{
    /// <summary>One piece: character positions [CpStart, CpEnd) stored from byte Offset.</summary>
    public readonly record struct Piece(int CpStart, int CpEnd, int Offset, bool Compressed);

    // Bytes 0x80–0x9F of a compressed piece are Windows-1252, which .NET Core lacks without the
    // code-pages provider; TextDecoding registers it on first use.
    private static readonly Encoding Ansi = TextDecoding.Windows1252;

    public IReadOnlyList<Piece> Pieces { get; }

    private WordPieceTable(List<Piece> pieces) => Pieces = pieces;

    public static WordPieceTable Read(ReadOnlySpan<byte> table, WordFib fib, int wordDocumentLength, string fileName)
    {
        if (fib.LcbClx == 0 || fib.FcClx > table.Length || fib.LcbClx > table.Length - fib.FcClx)
            throw Corrupt(fileName, "片段表（CLX）位置超出表流");
        var clx = table.Slice((int)fib.FcClx, (int)fib.LcbClx);

        // Skip Prc entries (0x01, cbGrpprl, grpprl) until the Pcdt (0x02).
        var at = 0;
        while (at < clx.Length && clx[at] == 0x01)
        {
            if (at + 3 > clx.Length) throw Corrupt(fileName, "片段表被截断");
            at += 3 + BinaryPrimitives.ReadInt16LittleEndian(clx[(at + 1)..]);
        }
        if (at < 0 || at + 5 > clx.Length || clx[at] != 0x02) throw Corrupt(fileName, "找不到片段表（Pcdt）");
        var lcb = BinaryPrimitives.ReadUInt32LittleEndian(clx[(at + 1)..]);
        var plc = clx[(at + 5)..];
        if (lcb > plc.Length || lcb < 16 || (lcb - 4) % 12 != 0) throw Corrupt(fileName, "片段表长度无效");
        var n = (int)((lcb - 4) / 12);

        var pieces = new List<Piece>(n);
        for (var i = 0; i < n; i++)
        {
            var cpStart = BinaryPrimitives.ReadInt32LittleEndian(plc[(i * 4)..]);
            var cpEnd = BinaryPrimitives.ReadInt32LittleEndian(plc[((i + 1) * 4)..]);
            var pcd = plc[((n + 1) * 4 + i * 8)..];
            var fc = BinaryPrimitives.ReadUInt32LittleEndian(pcd[2..]);
            var compressed = (fc & 0x40000000) != 0;
            var offset = compressed ? (long)(fc & 0x3FFFFFFF) / 2 : fc & 0x3FFFFFFF;
            if (cpStart < 0 || cpEnd < cpStart) throw Corrupt(fileName, "片段表的字符位置不是递增的");
            if (pieces.Count > 0 && cpStart < pieces[^1].CpEnd) throw Corrupt(fileName, "片段表的字符位置重叠");
            var bytes = (long)(cpEnd - cpStart) * (compressed ? 1 : 2);
            if (offset + bytes > wordDocumentLength) throw Corrupt(fileName, "片段指向 WordDocument 流之外（文件不完整）");
            pieces.Add(new Piece(cpStart, cpEnd, (int)offset, compressed));
        }
        return new WordPieceTable(pieces);
    }

    /// <summary>
    /// Characters of [cpStart, cpEnd) with the stream offset just past each one (where a paragraph
    /// mark's properties are keyed in the FKPs).
    /// </summary>
    public IEnumerable<(char Char, int EndOffset)> Characters(byte[] wordDocument, int cpStart, int cpEnd)
    {
        foreach (var p in Pieces)
        {
            var from = Math.Max(cpStart, p.CpStart);
            var to = Math.Min(cpEnd, p.CpEnd);
            for (var cp = from; cp < to; cp++)
            {
                var i = cp - p.CpStart;
                if (p.Compressed)
                {
                    var b = wordDocument[p.Offset + i];
                    yield return (b < 0x80 ? (char)b : Ansi.GetString(wordDocument, p.Offset + i, 1)[0], p.Offset + i + 1);
                }
                else
                {
                    var at = p.Offset + i * 2;
                    yield return ((char)BinaryPrimitives.ReadUInt16LittleEndian(wordDocument.AsSpan(at)), at + 2);
                }
            }
        }
    }

    private static ExtractionException Corrupt(string fileName, string detail) =>
        new(FailureReason.Corrupt, $"{fileName} 已损坏，无法作为 Word 文档读取：{detail}");
}
