using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>Exactly the given documents (global numbers).</summary>
internal sealed class DocsFilter(IReadOnlyList<int> docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        FixedBitSet? set = null;
        var max = context.AtomicReader.MaxDoc;
        foreach (var doc in docs)
        {
            var local = doc - context.DocBase;
            if (local >= 0 && local < max) (set ??= new FixedBitSet(max)).Set(local);
        }
        return set is null ? null : BitsFilteredDocIdSet.Wrap(set, acceptDocs);
    }
}
