using System.Net;
using System.Text;
using Gongkai.Core.Domain;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>
/// A saved page of a district portal's 政府信息公开目录: navigation, breadcrumbs, the catalog table
/// (索引号 … 名称) and the text in div#zoom, with the page chrome an extractor has to ignore.
/// The header and footer say 示例 so that the page cannot pass for the real portal.
/// </summary>
public static class HtmlRenderer
{
    /// <remarks>The portal shows the title and 文号 in its own table, so the printed header is left out of #zoom.</remarks>
    public static string Render(SampleDefinition sample)
    {
        var m = sample.Metadata;
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>{{E(m.Title)}}-淄博市张店区人民政府（示例站点）</title>
            <meta name="ArticleTitle" content="{{E(m.Title)}}">
            <meta name="PubDate" content="{{E(m.PublishedDate)}}">
            <meta name="ContentSource" content="{{E(m.Organ)}}">
            <style>.xxgk_table td{border:1px solid #ddd;padding:4px 12px}.xxgk_table .th{background:#f2f2f2}#zoom p{text-indent:2em;line-height:1.8}</style>
            <script>function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
            </head>
            <body>
            <div class="header"><div class="logo">淄博市张店区人民政府（示例站点）</div>
            <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/xxgk/">政府信息公开目录</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjzd/">走进张店</a></li></ul>
            <form class="search" action="/search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></div>
            <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开目录</a> &gt; <a href="/xxgk/{{(m.Kind == DocumentKinds.Interpretation ? "zcjd" : "zfwj")}}/">{{E(m.Kind)}}</a></div>
            <div class="main">
            <table class="xxgk_table" cellspacing="0">
            <tr><td class="th">索引号</td><td>{{E(m.IndexNumber)}}</td><td class="th">主题分类</td><td>{{E(m.Category)}}</td></tr>
            <tr><td class="th">发布机构</td><td>{{E(m.Organ)}}</td><td class="th">成文日期</td><td>{{E(m.WrittenDate)}}</td></tr>
            <tr><td class="th">文　　号</td><td>{{E(m.DocNumber)}}</td><td class="th">发布日期</td><td>{{E(m.PublishedDate)}}</td></tr>
            <tr><td class="th">有 效 性</td><td>{{E(m.Validity)}}</td><td class="th">公开方式</td><td>{{E(m.Openness)}}</td></tr>
            <tr><td class="th">名　　称</td><td colspan="3">{{E(m.Title)}}</td></tr>
            </table>
            <h1 class="article-title">{{E(m.Title)}}</h1>
            <div class="article-info">发布时间：{{E(m.PublishedDate)}}　来源：{{E(m.Organ)}}　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　<a href="javascript:window.print()">打印本页</a></div>
            <div id="zoom">

            """);
        foreach (var line in sample.Body.Where(l => !(l.Kind == BodyLineKind.Centered && l.Text == m.DocNumber)))
            html.Append(Paragraph(line));
        html.Append("""
            </div>
            <div class="share">分享到：微信 微博</div>
            <div class="related"><h3>相关链接</h3><ul><li><a href="/xxgk/zcjd/">政策解读</a></li><li><a href="/xxgk/ndbg/">政府信息公开年度报告</a></li></ul></div>
            </div>
            <div class="footer"><p>示例站点，仅用于演示检索功能，非政府网站</p><p>主办：淄博市张店区人民政府办公室（示例）</p></div>
            </body>
            </html>

            """);
        return html.ToString();
    }

        private static string Paragraph(BodyLine line) => line.Kind switch
    {
        BodyLineKind.OrganMark or BodyLineKind.Title or BodyLineKind.Rule => "",
        BodyLineKind.Centered => $"<p style=\"text-align:center;text-indent:0\">{E(line.Text)}</p>\n",
        BodyLineKind.Right => $"<p style=\"text-align:right\">{E(line.Text)}</p>\n",
        BodyLineKind.FlushLeft => $"<p style=\"text-indent:0\">{E(line.Text)}</p>\n",
        BodyLineKind.Blank => "<p><br></p>\n",
        _ => $"<p>{E(line.Text)}</p>\n",
    };

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
}
