using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Gongkai.SearchApi.Tests.Querying;

public sealed class PlaceNamesTests : IDisposable
{
    private readonly IndexAnalyzers _analyzers = new();
    private readonly RAMDirectory _dir = new();
    private readonly IndexWriter _writer;
    private int _n;

    public PlaceNamesTests() => _writer = new IndexWriter(_dir, new IndexWriterConfig(IndexAnalyzers.Version, _analyzers.PerField));

    private void Add(string title, string? organ = null) => _writer.AddDocument(IndexSchema.ToDocument(new CatalogDocument
    {
        Id = $"d{_n}", Source = $"d{_n++}.txt", Title = title, Organ = organ, Text = "正文。",
    }));

    [Fact]
    public void A_stem_starting_titles_in_different_segments_is_a_place_and_a_new_segment_is_learnt()
    {
        Add("福州市人民政府关于加强房地产调控的通知");
        Add("淄博市关于城市道路养护的通知");
        _writer.Commit();
        Add("福州市住房公积金管理中心关于调整贷款额度的通知");
        _writer.Commit();
        var places = new PlaceNames();
        using (var reader = DirectoryReader.Open(_dir))
        {
            Assert.Equal(2, reader.Leaves.Count);
            var searcher = new IndexSearcher(reader);
            Assert.True(places.IsPlace(searcher, "福州"));   // one title in each segment
            Assert.False(places.IsPlace(searcher, "淄博"));  // one title: not yet a gazetteer entry
            Assert.True(places.IsPlace(searcher, "淄博市")); // typed with its suffix: a place anyway
        }

        Add("淄博市人民政府办公室关于印发实施方案的通知");
        _writer.Commit();
        using (var reader = DirectoryReader.Open(_dir))
            Assert.True(places.IsPlace(new IndexSearcher(reader), "淄博"));
    }

    [Fact]
    public void A_document_is_from_its_titles_place_else_its_organs_named_with_a_suffix_or_learnt()
    {
        Add("福州市人民政府关于加强房地产调控的通知", organ: "福建省人民政府");
        Add("福州市住房公积金管理中心关于调整贷款额度的通知");
        Add("佛山市人民政府关于农村公路养护的通知");
        Add("佛山市住房和城乡建设局关于优化房地产调控政策的通知");
        Add("我市取消五城区商品住房限购限售", organ: "福州日报");
        Add("关于进一步优化房地产调控政策的通知", organ: "宁德市住房和城乡建设局"); // named with its suffix: a place though no title starts so
        Add("关于进一步优化房地产调控政策的通知", organ: "南昌住房公积金管理中心"); // 南昌 without suffix: not learnt
        Add("关于进一步优化房地产调控政策的通知");
        Add("淮安市洪泽区人民政府2024年政府信息公开工作年度报告");
        _writer.Commit();
        using var reader = DirectoryReader.Open(_dir);
        var segment = reader.Leaves.Single().AtomicReader;
        var places = new PlaceNames();
        Assert.Equal(["福州", "福州", "佛山", "佛山", "福州", "宁德", null, null, "淮安"], Enumerable.Range(0, 9).Select(d => places.PlaceOf(reader, segment, d)));
        Assert.True(places.IsFromElsewhere(reader, segment, 2, ["福州"]));
        Assert.False(places.IsFromElsewhere(reader, segment, 4, ["福州市"]));
        Assert.False(places.IsFromElsewhere(reader, segment, 6, ["福州"])); // from no known place
        Assert.False(places.IsFromElsewhere(reader, segment, 8, ["洪泽区"])); // the district named after its city
        Assert.True(places.IsFromElsewhere(reader, segment, 8, ["盱眙"]));
        Assert.True(PlaceNames.Same("福州", "福州市"));
        Assert.True(PlaceNames.Same("福州新", "福州"));
        Assert.False(PlaceNames.Same("佛山", "福州"));
        Assert.True(PlaceNames.Same("张店", "淄博市张店区"));
    }

    [Fact]
    public void A_typed_word_starting_with_a_place_is_split_into_the_place_and_the_rest()
    {
        Add("福州市人民政府关于加强房地产调控的通知");
        Add("福州市住房公积金管理中心关于调整贷款额度的通知");
        _writer.Commit();
        using var reader = DirectoryReader.Open(_dir);
        var searcher = new IndexSearcher(reader);
        var places = new PlaceNames();
        Assert.Equal(("北京市", "政府规章"), places.SplitLeading(searcher, "北京市政府规章"));
        Assert.Equal(("福州", "限购"), places.SplitLeading(searcher, "福州限购"));    // learnt stem without suffix
        Assert.Null(places.SplitLeading(searcher, "福州市"));                       // one place
        Assert.Null(places.SplitLeading(searcher, "北京市区"));                     // a place and one character
        Assert.Null(places.SplitLeading(searcher, "房地产调控"));
    }

    public void Dispose()
    {
        _writer.Dispose();
        _dir.Dispose();
        _analyzers.Dispose();
    }
}
