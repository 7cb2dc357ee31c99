namespace Gongkai.Reliability.Tests.Infrastructure;

/// <summary>CRC-32 (zip polynomial), so hand-written zip entries pass the reader's checksum test.</summary>
internal sealed class Crc32
{
    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private uint _state = 0xFFFFFFFFu;

    public uint Value => _state ^ 0xFFFFFFFFu;

    public void Append(ReadOnlySpan<byte> data)
    {
        var c = _state;
        foreach (var b in data) c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        _state = c;
    }

    public static uint Of(byte[] data)
    {
        var crc = new Crc32();
        crc.Append(data);
        return crc.Value;
    }
}
