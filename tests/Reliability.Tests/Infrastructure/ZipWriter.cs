using System.IO.Compression;
using System.Text;

namespace Gongkai.Reliability.Tests.Infrastructure;

/// <summary>
/// Writes a zip by hand, so one deflated block can be stored many times and the declared sizes
/// can be chosen freely: that is how a tiny file claims (or hides) gigabytes.
/// </summary>
internal sealed class ZipWriter
{
    private readonly MemoryStream _out = new();
    private readonly List<(string Name, uint Crc, long Compressed, uint DeclaredSize, long Offset, ushort Method)> _entries = [];

    public void AddStored(string name, byte[] data) => Add(name, data, Crc32.Of(data), (uint)data.Length, method: 0);

    public void AddDeflated(string name, byte[] deflated, uint crc, uint declaredSize) => Add(name, deflated, crc, declaredSize, method: 8);

    private void Add(string name, byte[] payload, uint crc, uint declaredSize, ushort method)
    {
        var offset = _out.Position;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var w = new BinaryWriter(_out, Encoding.UTF8, leaveOpen: true);
        w.Write(0x04034b50u); w.Write((ushort)20); w.Write((ushort)0x0800); w.Write(method);
        w.Write((ushort)0); w.Write((ushort)0x21); w.Write(crc); w.Write((uint)payload.Length); w.Write(declaredSize);
        w.Write((ushort)nameBytes.Length); w.Write((ushort)0); w.Write(nameBytes); w.Write(payload);
        _entries.Add((name, crc, payload.Length, declaredSize, offset, method));
    }

    public byte[] ToArray()
    {
        var w = new BinaryWriter(_out, Encoding.UTF8, leaveOpen: true);
        var start = _out.Position;
        foreach (var e in _entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(e.Name);
            w.Write(0x02014b50u); w.Write((ushort)20); w.Write((ushort)20); w.Write((ushort)0x0800); w.Write(e.Method);
            w.Write((ushort)0); w.Write((ushort)0x21); w.Write(e.Crc); w.Write((uint)e.Compressed); w.Write(e.DeclaredSize);
            w.Write((ushort)nameBytes.Length); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0);
            w.Write(0u); w.Write((uint)e.Offset); w.Write(nameBytes);
        }
        var size = _out.Position - start;
        w.Write(0x06054b50u); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)_entries.Count); w.Write((ushort)_entries.Count);
        w.Write((uint)size); w.Write((uint)start); w.Write((ushort)0);
        return _out.ToArray();
    }

    /// <summary>Raw deflate of <paramref name="length"/> zero bytes, and their CRC-32.</summary>
    public static (byte[] Deflated, uint Crc) DeflatedZeros(long length)
    {
        using var ms = new MemoryStream();
        var chunk = new byte[1 << 20];
        var crc = new Crc32();
        using (var z = new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (long done = 0; done < length; done += chunk.Length)
            {
                var n = (int)Math.Min(chunk.Length, length - done);
                z.Write(chunk, 0, n);
                crc.Append(chunk.AsSpan(0, n));
            }
        }
        return (ms.ToArray(), crc.Value);
    }
}
