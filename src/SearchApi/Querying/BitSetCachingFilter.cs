using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// A filter cached per segment as a <see cref="FixedBitSet"/>. CachingWrapperFilter's default cache
/// (WAH8DocIdSet) has no random access, so FilteredQuery leap-frogs the text query with it doc by
/// doc; a bit set lets FilteredQuery hand it to the scorers as accepted docs instead, which for a
/// filter matching almost everything (the public visibility flag) costs next to nothing.
/// </summary>
public sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
{
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }

    /// <summary>The cached bits of one segment (deletions not applied), or null when nothing matches.</summary>
    public FixedBitSet? Bits(AtomicReaderContext context) => GetDocIdSet(context, null) switch
    {
        FixedBitSet bits => bits,
        _ => null,
    };
}
