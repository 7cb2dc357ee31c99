using System.Buffers.Binary;

namespace Gongkai.Indexer.Tests.Extraction;

/// <summary>The committed 示例 .doc (see Fixtures/README.md) and patched copies of it for hostile-input tests.</summary>
internal static class DocFixtures
{
    private static readonly byte[] SampleBytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", "sample-notice.doc"));

    public static byte[] Sample() => (byte[])SampleBytes.Clone();

    /// <summary>Where the WordDocument stream starts: the sector that begins with the Word 97 FIB ident.</summary>
    public static int FibOffset(byte[] doc)
    {
        for (var at = 512; at + 512 <= doc.Length; at += 512)
            if (doc[at] == 0xEC && doc[at + 1] == 0xA5) return at;
        throw new InvalidOperationException("fixture has no WordDocument sector");
    }

    /// <summary>The sample with fEncrypted set in its FIB, as Word writes a password-protected file.</summary>
    public static byte[] WithEncryptedFlag()
    {
        var doc = Sample();
        doc[FibOffset(doc) + 0x0B] |= 0x01;
        return doc;
    }

    /// <summary>The sample with the FAT entry of the first directory sector pointing back at itself.</summary>
    public static byte[] WithDirectoryCycle()
    {
        var doc = Sample();
        var firstFatSector = BinaryPrimitives.ReadUInt32LittleEndian(doc.AsSpan(0x4C));
        var directory = BinaryPrimitives.ReadUInt32LittleEndian(doc.AsSpan(0x30));
        BinaryPrimitives.WriteUInt32LittleEndian(doc.AsSpan((int)((firstFatSector + 1) * 512 + directory * 4)), directory);
        return doc;
    }

    /// <summary>The sample with every FAT entry pointing at sector 0, so every chain loops.</summary>
    public static byte[] WithEveryChainLooping()
    {
        var doc = Sample();
        var firstFatSector = (int)BinaryPrimitives.ReadUInt32LittleEndian(doc.AsSpan(0x4C));
        doc.AsSpan((firstFatSector + 1) * 512, 512).Clear();
        return doc;
    }

    /// <summary>Replaces the UTF-16 text <paramref name="from"/> with <paramref name="to"/> of the same length.</summary>
    public static byte[] WithText(string from, string to)
    {
        if (from.Length != to.Length) throw new ArgumentException("same length only: the piece table stays valid");
        var doc = Sample();
        var at = doc.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(from));
        if (at < 0) throw new InvalidOperationException($"fixture does not contain {from}");
        System.Text.Encoding.Unicode.GetBytes(to).CopyTo(doc, at);
        return doc;
    }
}
