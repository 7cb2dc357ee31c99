using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>
/// A small in-memory index of whitespace-separated words, in several segments, for tests of the scoring and
/// collecting machinery against Lucene's own (not of the product's analysis).
/// </summary>
internal sealed class WhitespaceIndex : IDisposable
{
    private readonly RAMDirectory _dir = new();

    public DirectoryReader Reader { get; }

    /// <param name="segmentDocs">Documents per segment (the writer flushes at this many).</param>
    /// <param name="then">What to do with the writer once the documents are in (deletions).</param>
    public WhitespaceIndex(IEnumerable<Document> docs, int segmentDocs, Similarity? similarity = null, Action<IndexWriter>? then = null)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MaxBufferedDocs = segmentDocs };
        if (similarity is not null) config.Similarity = similarity;
        using (var writer = new IndexWriter(_dir, config))
        {
            foreach (var doc in docs) writer.AddDocument(doc);
            then?.Invoke(writer);
        }
        Reader = DirectoryReader.Open(_dir);
    }

    public void Dispose()
    {
        Reader.Dispose();
        _dir.Dispose();
    }
}
