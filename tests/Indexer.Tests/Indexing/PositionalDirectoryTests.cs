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

    [Fact]
    public void Random_reads_seeks_and_clones_return_what_Lucenes_own_buffered_input_returns()
    {
        using var dir = new PositionalDirectory(_root, new NativeFSLockFactory());
        using var reference = new RAMDirectory();
        var random = new Random(17);
        // Mixed values as codecs write them: variable-length ints and longs, fixed-width ints, byte runs.
        foreach (var d in new Lucene.Net.Store.Directory[] { dir, reference })
        {
            var values = new Random(5);
            using var output = d.CreateOutput("mixed.bin", IOContext.DEFAULT);
            for (var i = 0; i < 60_000; i++)
            {
                switch (values.Next(5))
                {
                    case 0: output.WriteVInt32(values.Next() >> values.Next(31)); break;
                    case 1: output.WriteVInt64(values.NextInt64() >> values.Next(63)); break;
                    case 2: output.WriteInt32(values.Next(int.MinValue, int.MaxValue)); break;
                    case 3: output.WriteInt64(values.NextInt64()); break;
                    default:
                        var run = new byte[values.Next(1, values.Next(2) == 0 ? 40 : 9_000)];
                        values.NextBytes(run);
                        output.WriteBytes(run, run.Length);
                        break;
                }
            }
        }
        using var ours = dir.OpenInput("mixed.bin", IOContext.DEFAULT);
        using var theirs = reference.OpenInput("mixed.bin", IOContext.DEFAULT);
        Assert.Equal(theirs.Length, ours.Length);
        var pairs = new List<(IndexInput Ours, IndexInput Theirs)> { (ours, theirs) };
        for (var step = 0; step < 200_000; step++)
        {
            var (a, b) = pairs[random.Next(pairs.Count)];
            var left = b.Length - b.Position;
            switch (random.Next(10))
            {
                case 0:
                    var to = random.Next(3) == 0 ? Math.Min(b.Length, b.Position + random.Next(1, 3_000)) : random.NextInt64(b.Length + 1);
                    a.Seek(to);
                    b.Seek(to);
                    break;
                case 1 when pairs.Count < 8:
                    pairs.Add(((IndexInput)a.Clone(), (IndexInput)b.Clone()));
                    break;
                case 2 when left >= 8: Assert.Equal(b.ReadInt64(), a.ReadInt64()); break;
                case 3 when left >= 4: Assert.Equal(b.ReadInt32(), a.ReadInt32()); break;
                case 4 when left >= 2: Assert.Equal(b.ReadInt16(), a.ReadInt16()); break;
                case 5 when left >= 1:
                    var len = (int)Math.Min(left, random.Next(2) == 0 ? random.Next(1, 64) : random.Next(1, 100_000));
                    var (x, y) = (new byte[len + 3], new byte[len + 3]);
                    a.ReadBytes(x, 3, len);
                    b.ReadBytes(y, 3, len);
                    Assert.Equal(y, x);
                    break;
                default:
                    if (left >= 1) Assert.Equal(b.ReadByte(), a.ReadByte());
                    break;
            }
            Assert.Equal(b.Position, a.Position);
        }
        // Read through from the start: the buffer grows to its largest.
        ours.Seek(0);
        theirs.Seek(0);
        while (theirs.Length - theirs.Position >= 9)
        {
            if (random.Next(2) == 0) Assert.Equal(theirs.ReadByte(), ours.ReadByte());
            else Assert.Equal(theirs.ReadInt16(), ours.ReadInt16());
        }
    }

    [Fact]
    public void Variable_length_values_read_back_across_buffer_edges()
    {
        using var dir = new PositionalDirectory(_root, new NativeFSLockFactory());
        var values = new Random(3);
        var written = new List<long>();
        using (var output = dir.CreateOutput("v.bin", IOContext.DEFAULT))
            for (var i = 0; i < 200_000; i++)
            {
                var v = values.NextInt64() >> values.Next(63);
                written.Add(v);
                if (i % 2 == 0) output.WriteVInt32((int)(v & int.MaxValue));
                else output.WriteVInt64(v);
            }
        using var input = dir.OpenInput("v.bin", IOContext.DEFAULT);
        for (var i = 0; i < written.Count; i++)
            Assert.Equal(i % 2 == 0 ? written[i] & int.MaxValue : written[i], i % 2 == 0 ? input.ReadVInt32() : input.ReadVInt64());
        Assert.Equal(input.Length, input.Position);
    }

    public void Dispose() => _root.Delete(recursive: true);
}
