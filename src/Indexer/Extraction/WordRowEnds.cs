using System.Buffers.Binary;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Finds table row-end marks. Word writes both cell ends and row ends as 0x07; only the paragraph
/// properties (sprmPFTtp / sprmPFInnerTtp in the PAPX FKPs, MS-DOC 2.9.175) tell them apart, and an
/// empty cell looks exactly like a row end in the text alone.
/// </summary>
internal static class WordRowEnds
{
    private const int PageSize = 512;
    private const ushort SprmPFTtp = 0x2417;
    private const ushort SprmPFInnerTtp = 0x244B;
    private const ushort SprmTDefTable = 0xD608;

    /// <summary>Stream offsets just past each row-end mark; empty when the bin table is missing or unreadable.</summary>
    public static HashSet<int> Read(ReadOnlySpan<byte> table, byte[] wordDocument, WordFib fib)
    {
        var ends = new HashSet<int>();
        if (fib.LcbPlcfBtePapx < 12 || fib.FcPlcfBtePapx > table.Length || fib.LcbPlcfBtePapx > table.Length - fib.FcPlcfBtePapx)
            return ends;
        var plc = table.Slice((int)fib.FcPlcfBtePapx, (int)fib.LcbPlcfBtePapx);
        var n = (plc.Length - 4) / 8;
        var pages = new HashSet<uint>();
        for (var i = 0; i < n; i++)
        {
            var pn = BinaryPrimitives.ReadUInt32LittleEndian(plc[((n + 1) * 4 + i * 4)..]) & 0x3FFFFF;
            if (!pages.Add(pn) || ((long)pn + 1) * PageSize > wordDocument.Length) continue;
            ReadPage(wordDocument.AsSpan((int)pn * PageSize, PageSize), ends);
        }
        return ends;
    }

    private static void ReadPage(ReadOnlySpan<byte> page, HashSet<int> ends)
    {
        var crun = page[PageSize - 1];
        if ((crun + 1) * 4 + crun * 13 > PageSize - 1) return;
        for (var i = 0; i < crun; i++)
        {
            var bOffset = page[(crun + 1) * 4 + i * 13] * 2;
            if (bOffset == 0 || bOffset >= PageSize - 1) continue;
            int cb = page[bOffset];
            var start = bOffset + 1;
            var length = cb * 2 - 1;
            if (cb == 0 && start < PageSize - 1)
            {
                length = page[start] * 2;
                start++;
            }
            if (length < 2 || start + length > PageSize - 1) continue;
            // GrpPrlAndIstd: a 2-byte style index, then the sprms.
            if (IsRowEnd(page.Slice(start + 2, length - 2)))
                ends.Add((int)BinaryPrimitives.ReadUInt32LittleEndian(page[((i + 1) * 4)..]));
        }
    }

    private static bool IsRowEnd(ReadOnlySpan<byte> grpprl)
    {
        var at = 0;
        while (at + 2 <= grpprl.Length)
        {
            var sprm = BinaryPrimitives.ReadUInt16LittleEndian(grpprl[at..]);
            at += 2;
            if ((sprm == SprmPFTtp || sprm == SprmPFInnerTtp) && at < grpprl.Length) return grpprl[at] != 0;
            int operand;
            switch (sprm >> 13)
            {
                case 0 or 1: operand = 1; break;
                case 2 or 4 or 5: operand = 2; break;
                case 3: operand = 4; break;
                case 7: operand = 3; break;
                default:
                    if (sprm == SprmTDefTable)
                    {
                        if (at + 2 > grpprl.Length) return false;
                        operand = 2 + BinaryPrimitives.ReadUInt16LittleEndian(grpprl[at..]) - 1;
                    }
                    else
                    {
                        if (at >= grpprl.Length) return false;
                        operand = 1 + grpprl[at];
                    }
                    break;
            }
            at += operand;
        }
        return false;
    }
}
