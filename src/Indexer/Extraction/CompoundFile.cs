using System.Buffers.Binary;
using System.Text;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Reads named streams from an OLE2 Compound File (MS-CFB), the container of .doc/.wps/.xls.
/// Everything is bounded by the file itself: every sector id is checked against the file length,
/// every chain is walked with a visited set, so a hostile file fails with
/// <see cref="FailureReason.Corrupt"/> instead of looping or reading out of range.
/// </summary>
internal sealed class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;
    private const uint NoStream = 0xFFFFFFFF;
    private const int HeaderDifatCount = 109;
    private const int DirectoryEntrySize = 128;

    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly byte[] _file;
    private readonly string _fileName;
    private readonly long _maxBytes;
    private readonly int _sectorSize;
    private readonly int _sectorCount;
    private readonly uint[] _fat;
    private readonly uint[] _miniFat;
    private readonly byte[] _miniStream;
    private readonly uint _miniCutoff;
    private readonly List<DirectoryEntry> _entries;
    private long _bytesRead;

    private sealed record DirectoryEntry(string Name, byte Type, uint Left, uint Right, uint Child, uint Start, long Size);

    private CompoundFile(byte[] file, string fileName, long maxBytes)
    {
        _file = file;
        _fileName = fileName;
        _maxBytes = maxBytes;
        if (file.Length < 512 || !file.AsSpan().StartsWith(Signature)) throw Corrupt("不是 OLE 复合文档或文件头不完整");

        var header = file.AsSpan(0, 512);
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(header[0x1E..]);
        if (BinaryPrimitives.ReadUInt16LittleEndian(header[0x1C..]) != 0xFFFE || shift is not (9 or 12)
            || BinaryPrimitives.ReadUInt16LittleEndian(header[0x20..]) != 6)
            throw Corrupt("文件头字段无效");
        _sectorSize = 1 << shift;
        _sectorCount = (int)((file.Length - _sectorSize) / _sectorSize + ((file.Length - _sectorSize) % _sectorSize > 0 ? 1 : 0));
        if (_sectorCount <= 0) throw Corrupt("文件被截断（没有数据扇区）");
        _miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(header[0x38..]);

        _fat = ReadFat(header);
        _entries = ReadDirectory(BinaryPrimitives.ReadUInt32LittleEndian(header[0x30..]));
        var root = _entries.Count > 0 && _entries[0].Type == 5 ? _entries[0] : throw Corrupt("缺少根目录项");

        var miniFatStart = BinaryPrimitives.ReadUInt32LittleEndian(header[0x3C..]);
        _miniFat = miniFatStart is EndOfChain or FreeSector ? [] : ToUInts(ReadChain(miniFatStart, long.MaxValue, "迷你扇区分配表"));
        _miniStream = root.Start is EndOfChain or FreeSector || root.Size == 0 ? [] : ReadChain(root.Start, root.Size, "迷你流");
    }

    /// <summary>Parses the container; throws <see cref="ExtractionException"/> (Corrupt) when it is not a sound compound file.</summary>
    /// <param name="maxBytes">Cap on the bytes all streams read may add up to (the zip-bomb limit of the other formats).</param>
    public static CompoundFile Open(byte[] file, string fileName, long maxBytes) => new(file, fileName, maxBytes);

    /// <summary>Names of the streams and storages directly under the root.</summary>
    public IReadOnlyList<string> RootNames => Children(0).Select(i => _entries[i].Name).ToList();

    /// <summary>The content of a stream directly under the root, or null when there is none by that name.</summary>
    public byte[]? ReadStream(string name)
    {
        foreach (var i in Children(0))
        {
            var e = _entries[i];
            if (e.Type != 2 || !string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            if (e.Size == 0) return [];
            return e.Size < _miniCutoff ? ReadMiniChain(e.Start, e.Size, name) : ReadChain(e.Start, e.Size, name);
        }
        return null;
    }

    private uint[] ReadFat(ReadOnlySpan<byte> header)
    {
        var fatSectorCount = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
        if (fatSectorCount == 0 || fatSectorCount > _sectorCount) throw Corrupt($"扇区分配表声明 {fatSectorCount} 个扇区，与文件大小不符");

        var fatSectors = new List<uint>();
        for (var i = 0; i < HeaderDifatCount && fatSectors.Count < fatSectorCount; i++)
        {
            var s = BinaryPrimitives.ReadUInt32LittleEndian(header[(0x4C + i * 4)..]);
            if (s == FreeSector) break;
            fatSectors.Add(s);
        }

        // DIFAT sectors continue the list: (sectorSize/4 - 1) ids each, the last slot links the next.
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header[0x44..]);
        var seen = new HashSet<uint>();
        while (fatSectors.Count < fatSectorCount && difat is not (EndOfChain or FreeSector))
        {
            if (!seen.Add(difat)) throw Corrupt("DIFAT 扇区链成环");
            var sector = Sector(difat, "DIFAT");
            var perSector = _sectorSize / 4 - 1;
            for (var i = 0; i < perSector && fatSectors.Count < fatSectorCount; i++)
            {
                var s = BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]);
                if (s != FreeSector) fatSectors.Add(s);
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(perSector * 4)..]);
        }

        var fat = new uint[fatSectors.Count * (_sectorSize / 4)];
        for (var i = 0; i < fatSectors.Count; i++)
        {
            var sector = Sector(fatSectors[i], "扇区分配表");
            for (var j = 0; j < _sectorSize / 4; j++)
                fat[i * (_sectorSize / 4) + j] = BinaryPrimitives.ReadUInt32LittleEndian(sector[(j * 4)..]);
        }
        return fat;
    }

    private List<DirectoryEntry> ReadDirectory(uint start)
    {
        var bytes = ReadChain(start, long.MaxValue, "目录");
        // Streams may end in a short last sector, but a cut directory would hide entries and make
        // a truncated .doc look like some other kind of compound file.
        if (bytes.Length % _sectorSize != 0) throw Corrupt("目录扇区被截断（文件不完整）");
        var entries = new List<DirectoryEntry>(bytes.Length / DirectoryEntrySize);
        for (var off = 0; off + DirectoryEntrySize <= bytes.Length; off += DirectoryEntrySize)
        {
            var e = bytes.AsSpan(off, DirectoryEntrySize);
            var nameBytes = Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(e[0x40..]), 2, 64);
            var name = Encoding.Unicode.GetString(e[..(nameBytes - 2)]);
            // Version 3 files keep garbage in the high half of the size; only the low 32 bits count.
            var size = _sectorSize == 512 ? BinaryPrimitives.ReadUInt32LittleEndian(e[0x78..]) : BinaryPrimitives.ReadInt64LittleEndian(e[0x78..]);
            entries.Add(new DirectoryEntry(name, e[0x42], BinaryPrimitives.ReadUInt32LittleEndian(e[0x44..]),
                BinaryPrimitives.ReadUInt32LittleEndian(e[0x48..]), BinaryPrimitives.ReadUInt32LittleEndian(e[0x4C..]),
                BinaryPrimitives.ReadUInt32LittleEndian(e[0x74..]), size));
        }
        return entries;
    }

    /// <summary>Entries of a storage: its child and everything reachable through left/right siblings.</summary>
    private IEnumerable<int> Children(int storage)
    {
        var seen = new HashSet<uint>();
        var pending = new Stack<uint>();
        pending.Push(_entries[storage].Child);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id == NoStream || id >= _entries.Count || !seen.Add(id)) continue;
            yield return (int)id;
            pending.Push(_entries[(int)id].Left);
            pending.Push(_entries[(int)id].Right);
        }
    }

    /// <summary>Follows a FAT chain; the visited set makes a cycle an error rather than an endless read.</summary>
    private byte[] ReadChain(uint start, long size, string what)
    {
        if (size != long.MaxValue && (size < 0 || size > _file.Length)) throw Corrupt($"{what}声明 {size} 字节，超过文件本身的大小");
        var result = new MemoryStream();
        var seen = new HashSet<uint>();
        var sector = start;
        while (sector != EndOfChain && result.Length < size)
        {
            if (!seen.Add(sector)) throw Corrupt($"{what}的扇区链成环");
            if (sector >= _fat.Length) throw Corrupt($"{what}的扇区号 {sector} 超出分配表");
            var data = Sector(sector, what);
            var take = (int)Math.Min(data.Length, size - result.Length);
            Count(take);
            result.Write(data[..take]);
            sector = _fat[sector];
        }
        if (size != long.MaxValue && result.Length < size) throw Corrupt($"{what}的扇区链比声明的长度短（文件不完整）");
        return result.ToArray();
    }

    private byte[] ReadMiniChain(uint start, long size, string what)
    {
        const int miniSize = 64;
        var result = new byte[size];
        var seen = new HashSet<uint>();
        var sector = start;
        long written = 0;
        while (written < size)
        {
            if (sector == EndOfChain) throw Corrupt($"{what}的迷你扇区链比声明的长度短（文件不完整）");
            if (!seen.Add(sector)) throw Corrupt($"{what}的迷你扇区链成环");
            if (sector >= _miniFat.Length || (long)(sector + 1) * miniSize > _miniStream.Length)
                throw Corrupt($"{what}的迷你扇区号 {sector} 超出迷你流");
            var take = (int)Math.Min(miniSize, size - written);
            Count(take);
            _miniStream.AsSpan((int)sector * miniSize, take).CopyTo(result.AsSpan((int)written));
            written += take;
            sector = _miniFat[sector];
        }
        return result;
    }

    private ReadOnlySpan<byte> Sector(uint id, string what)
    {
        if (id >= _sectorCount) throw Corrupt($"{what}指向第 {id} 扇区，超出文件末尾（文件不完整）");
        var offset = (long)(id + 1) * _sectorSize;
        // A file cut inside its last sector still holds the bytes before the cut.
        return _file.AsSpan((int)offset, (int)Math.Min(_sectorSize, _file.Length - offset));
    }

    private void Count(int bytes)
    {
        _bytesRead += bytes;
        if (_bytesRead > _maxBytes)
            throw new ExtractionException(FailureReason.TooLarge, $"{_fileName} 过大：读取的数据超过 {_maxBytes / (1024 * 1024)} MB 的上限");
    }

    private static uint[] ToUInts(byte[] bytes)
    {
        var result = new uint[bytes.Length / 4];
        for (var i = 0; i < result.Length; i++) result[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        return result;
    }

    private ExtractionException Corrupt(string detail) =>
        new(FailureReason.Corrupt, $"{_fileName} 已损坏，无法作为 OLE 复合文档读取：{detail}");
}
