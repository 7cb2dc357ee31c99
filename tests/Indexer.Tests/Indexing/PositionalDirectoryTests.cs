using Gongkai.Indexer.Indexing;
using Lucene.Net.Store;
using Xunit;

namespace Gongkai.Indexer.Tests.Indexing;

public sealed class PositionalDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _root = System.IO.Directory.CreateTempSubdirectory("gk-pread-");

    [Fact]
    public void Reads_back_what_was_written_across_buffers_seeks_and_clones_and_stops_at_the_end()
    {
        using var dir = new PositionalDirectory(_root, new NativeFSLockFactory());
        const int count = 10_000; // 40 KB: ten buffers
        using (var output = dir.CreateOutput("f.bin", IOContext.DEFAULT))
            for (var i = 0; i < count; i++) output.WriteInt32(i * 7);

        using var input = dir.OpenInput("f.bin", IOContext.DEFAULT);
        Assert.Equal(count * 4L, input.Length);
        for (var i = 0; i < count; i++) Assert.Equal(i * 7, input.ReadInt32());

        input.Seek(4 * 5_000);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(5_000 * 7, input.ReadInt32());
        clone.Seek(4 * 9_999);
        Assert.Equal(9_999 * 7, clone.ReadInt32());
        Assert.Equal(5_001 * 7, input.ReadInt32()); // the clone's position is its own

        var bulk = new byte[4 * 3_000];
        input.Seek(4 * 100);
        input.ReadBytes(bulk, 0, bulk.Length); // larger than the buffer: read straight through
        Assert.Equal(100 * 7, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bulk)); // Lucene writes big-endian
        Assert.Equal(3_099 * 7, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bulk.AsSpan(bulk.Length - 4)));

        input.Seek(input.Length - 2);
        Assert.ThrowsAny<IOException>(() => input.ReadInt32());
    }

    public void Dispose() => _root.Delete(recursive: true);
}
