using Gongkai.Core.Domain;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = System.IO.Directory;

namespace Gongkai.Eval.Relevance;

/// <summary>
/// A comparison index the way an Elasticsearch deployment behaves out of the box: one analyzer
/// (SmartCn or CJK bigrams) on the extracted title and body, BM25, title^2 + body, and the default
/// query parser (OR of the analysed terms). Built once from the product's catalog (the same
/// extracted text), kept beside it, reused.
/// </summary>
public sealed class BaselineIndex : IDisposable
{
    private const string Source = "source", Title = "title", Body = "body";
    private readonly FSDirectory _dir;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly MultiFieldQueryParser _parser;

    public string Name { get; }

    private BaselineIndex(string name, FSDirectory dir, Analyzer analyzer)
    {
        Name = name;
        _dir = dir;
        _reader = DirectoryReader.Open(dir);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, [Title, Body], analyzer,
            new Dictionary<string, float> { [Title] = 2f, [Body] = 1f });
    }

    public static BaselineIndex Open(string name, string folder, Analyzer analyzer, Func<IEnumerable<CatalogDocument>> documents, bool rebuild, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        var dir = FSDirectory.Open(folder);
        if (rebuild || !DirectoryReader.IndexExists(dir))
        {
            output.WriteLine($"building the {name} baseline index in {folder} …");
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE, Similarity = new BM25Similarity(), RAMBufferSizeMB = 64 };
            using var writer = new IndexWriter(dir, config);
            foreach (var d in documents())
            {
                writer.AddDocument(new Document
                {
                    new StringField(Source, d.Source, Field.Store.YES),
                    new TextField(Title, d.Title, Field.Store.NO),
                    new TextField(Body, d.Text, Field.Store.NO),
                });
            }
            writer.Commit();
        }
        return new BaselineIndex(name, dir, analyzer);
    }

    /// <summary>Sources of the top <paramref name="k"/> hits for the typed text (escaped: the user typed words, not syntax).</summary>
    public IReadOnlyList<string> Search(string text, int k)
    {
        Query query;
        try
        {
            query = _parser.Parse(QueryParserBase.Escape(text));
        }
        catch (ParseException)
        {
            return [];
        }
        return _searcher.Search(query, k).ScoreDocs.Select(sd => _searcher.Doc(sd.Doc).Get(Source)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _dir.Dispose();
    }
}
