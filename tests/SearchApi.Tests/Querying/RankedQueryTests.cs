using Gongkai.Core.Analysis;
using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Gongkai.SearchApi.Tests.Querying;

/// <summary>The cheap form of a query decides what matches; it must match exactly what the full form matches.</summary>
public sealed class RankedQueryTests : IDisposable
{
    private static readonly (string Title, string Body)[] Docs =
    [
        ("关于调整本市最低生活保障标准的通知", "自2017年4月1日起，沪籍居民最低生活保障标准提高到每月970元。"),
        ("张店区低保工作情况通报", "全区低保对象1200户，只需书面承诺即可办理。"),
        ("关于加强城市道路养护的通知", "城市道路养护由区城管局负责，需 备案。"),
        ("住房公积金贷款政策调整", "缴存职工购买首套住房的，公积金贷款最高额度上浮。"),
        ("成安县棚户区改造实施方案", "成安棚改项目共涉及居民三百户，房屋征收按程序进行。"),
        ("关于印发张店区城乡最低生活保障实施办法的通知", "低保标准按年度调整；住房 公积金 缴存基数同步调整。"),
    ];

    private readonly IndexAnalyzers _analyzers = new();
    private readonly RAMDirectory _dir = new();
    private readonly DirectoryReader _reader;
    private readonly QueryBuilder _builder;

    public RankedQueryTests()
    {
        using (var writer = new IndexWriter(_dir, new IndexWriterConfig(IndexAnalyzers.Version, _analyzers.PerField)))
        {
            for (var i = 0; i < Docs.Length; i++)
                writer.AddDocument(IndexSchema.ToDocument(new CatalogDocument
                {
                    Id = $"d{i}", Source = $"d{i}.txt", Title = Docs[i].Title, Text = Docs[i].Body,
                }));
        }
        _reader = DirectoryReader.Open(_dir);
        _builder = new QueryBuilder(new QueryAnalysis(_analyzers), new QueryVocabulary(SynonymTable.Default));
    }

    [Theory]
    [InlineData("低保")]                       // a synonym: the other form is a phrase in the cheap form too
    [InlineData("低保标准")]                   // a synonym inside a compound
    [InlineData("公积金 贷款 政策调整")]
    [InlineData("成安县 棚改")]                // a place and its stem, an abbreviation
    [InlineData("只需书面承诺的低保文件")]     // a sentence: its content words, some of one character
    [InlineData("需 备案")]                    // a one-character word stands among others: no bigram of its own
    [InlineData("\"最低生活保障\" -张店区")]    // a quoted phrase and an exclusion
    [InlineData("住房公积金 缴存基数")]         // words split by other text: most of the bigrams
    public void The_cheap_form_matches_the_documents_the_full_form_matches(string typed)
    {
        var searcher = new IndexSearcher(_reader);
        var query = _builder.Build(UserQuery.Parse(typed), relaxed: false, searcher)!;
        var full = Matches(searcher, query.Rank);
        Assert.NotEmpty(full);
        Assert.Equal(full, Matches(searcher, query.Match));
    }

    private static int[] Matches(IndexSearcher searcher, Query q) =>
        searcher.Search(q, 100).ScoreDocs.Select(sd => sd.Doc).Order().ToArray();

    public void Dispose()
    {
        _reader.Dispose();
        _dir.Dispose();
        _analyzers.Dispose();
    }
}
