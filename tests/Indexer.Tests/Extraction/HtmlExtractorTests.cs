using System.Text;
using Gongkai.Indexer.Extraction;
using Xunit;

namespace Gongkai.Indexer.Tests.Extraction;

public class HtmlExtractorTests
{
    static HtmlExtractorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string CatalogPage = """
        <html><head><meta charset="utf-8"><title>关于调整住房公积金贷款额度的通知_通知公告_某市住房公积金管理中心</title></head>
        <body>
          <div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/bsfw">办事服务</a></div>
          <table class="xxgk">
            <tr><td>索 引 号：</td><td>11330100MB1234567X/2024-00012</td><td>主题分类：</td><td>城乡建设（含住房）</td></tr>
            <tr><td>发布机构：</td><td>市公积金中心</td><td>成文日期：</td><td>2024-03-01</td></tr>
            <tr><td>文　　号：</td><td>某公积金〔2024〕5号</td><td>发布日期：</td><td>2024-03-05</td></tr>
            <tr><td>名　　称：</td><td>关于调整住房公积金贷款额度的通知</td><td>有效性：</td><td>有效</td></tr>
          </table>
          <div id="zoom">
            <p>各缴存单位、缴存职工：</p>
            <p>　　为支持缴存职工合理住房需求，经管委会同意，现将有关事项通知如下。</p>
            <table><tr><td>家庭类型</td><td>最高额度</td></tr><tr><td>双缴存</td><td>100万元</td></tr></table>
          </div>
          <div class="footer">主办单位：某市住房公积金管理中心 网站标识码 3301000001</div>
        </body></html>
        """;

    private static ExtractedDocument Extract(string html, Encoding? encoding = null) =>
        new HtmlExtractor().Extract(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(html)), "page.html", ExtractionLimits.Default);

    [Fact]
    public void Article_text_excludes_navigation_catalog_and_footer()
    {
        var text = Extract(CatalogPage).Text;

        Assert.Equal("各缴存单位、缴存职工：\n为支持缴存职工合理住房需求，经管委会同意，现将有关事项通知如下。\n家庭类型\t最高额度\n双缴存\t100万元", text);
    }

    [Fact]
    public void Catalog_block_fills_given_metadata_with_raw_values()
    {
        var given = Extract(CatalogPage).Given;

        Assert.Equal("11330100MB1234567X/2024-00012", given.IndexNumber);
        Assert.Equal("市公积金中心", given.Organ);
        Assert.Equal("2024-03-01", given.WrittenDate);
        Assert.Equal("2024-03-05", given.PublishedDate);
        Assert.Equal("某公积金〔2024〕5号", given.DocNumber);
        Assert.Equal("城乡建设（含住房）", given.Category);
        Assert.Equal("有效", given.Validity);
        Assert.Equal("关于调整住房公积金贷款额度的通知", given.Title);
    }

    [Fact]
    public void Label_and_value_in_one_element_are_split_at_the_colon()
    {
        var html = """
            <html><body><ul class="info"><li><strong>索&nbsp;引&nbsp;号：</strong>42820293-0/2023-98682</li>
            <li><strong>主题分类：</strong></li><li><span>备注/文号：沙政规〔2022〕3号</span></li></ul>
            <div class="content"><p>正文内容足够长，用于确认内容块被识别出来了，并且不是导航。</p></div></body></html>
            """;

        var given = Extract(html).Given;

        Assert.Equal("42820293-0/2023-98682", given.IndexNumber);
        Assert.Null(given.Category);
        Assert.Equal("沙政规〔2022〕3号", given.DocNumber);
    }

    [Fact]
    public void Without_catalog_the_lines_under_the_title_give_date_and_source()
    {
        var html = """
            <html><head><title>关于开展房屋安全检查的通知-某区人民政府</title></head><body>
            <div class="details"><h3>关于开展房屋安全检查的通知</h3>
            <div><span>信息来源：某区住建局</span><span>发布时间：2019-12-04 17:53</span></div>
            <p>各街道办事处：为切实保障人民群众生命财产安全，决定开展房屋安全检查，现通知如下。</p></div>
            </body></html>
            """;

        var given = Extract(html).Given;

        Assert.Equal("关于开展房屋安全检查的通知", given.Title);
        Assert.Equal("某区住建局", given.Organ);
        Assert.Equal("2019-12-04 17:53", given.PublishedDate);
    }

    [Fact]
    public void Title_falls_back_to_page_title_without_site_suffix()
    {
        var html = "<html><head><title>福州优化个人住房贷款认定标准_榕城要闻_福州市人民政府门户网站</title></head><body><p>正文。</p></body></html>";

        Assert.Equal("福州优化个人住房贷款认定标准", Extract(html).Given.Title);
    }

    [Fact]
    public void Gbk_page_is_decoded_by_its_meta_charset()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                   + "<body><div id=\"zoom\"><p>住房公积金缴存基数调整的通知，请各单位按时办理相关手续。</p></div></body></html>";

        var text = Extract(html, Encoding.GetEncoding("GB18030")).Text;

        Assert.Equal("住房公积金缴存基数调整的通知，请各单位按时办理相关手续。", text);
    }

    [Fact]
    public void Gbk_page_without_charset_is_recognised()
    {
        var html = "<html><body><div id=\"zoom\"><p>住房公积金缴存基数调整的通知，请各单位按时办理相关手续。</p></div></body></html>";

        Assert.Contains("缴存基数", Extract(html, Encoding.GetEncoding("GB18030")).Text);
    }

    [Fact]
    public void Deeply_nested_markup_is_refused_quickly_as_too_large()
    {
        // Real portal pages nest a few dozen levels; 100,000 is hostile and would hold a worker for
        // half a minute in the parser, so it is refused before parsing, with the depth named.
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) html.Append("<div>");
        html.Append("深层嵌套的正文内容。");
        var started = System.Diagnostics.Stopwatch.StartNew();

        var e = Assert.Throws<ExtractionException>(() => Extract(html.ToString()));

        Assert.Equal(FailureReason.TooLarge, e.Reason);
        Assert.Contains("嵌套", e.Message);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }
}
