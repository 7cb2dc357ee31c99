using System.Text;

namespace Gongkai.Tools.SampleCorpus;

/// <summary>The file list of corpus/README.md, printed so that the README follows the samples.</summary>
public static class CatalogTable
{
    public static string Render(IReadOnlyList<SampleDefinition> samples)
    {
        var table = new StringBuilder();
        table.AppendLine("| 文件 | 格式 | 文号 | 名称 | 类别 | 公开方式 | 有效性 | 旁注 | 索引号 |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var s in samples)
        {
            var m = s.Metadata;
            var format = s.Format switch
            {
                SampleFormat.TxtGb18030 => "txt (GB18030)",
                SampleFormat.Txt => "txt (UTF-8)",
                SampleFormat.SidecarOnly => "txt (UTF-8)",
                _ => s.Format.ToString().ToLowerInvariant(),
            };
            var index = m.IndexNumber is null ? "—" : s.WritesSidecar ? "旁注" : "页面";
            table.AppendLine($"| {s.File} | {format} | {m.DocNumber ?? "—"} | {m.Title} | {m.Kind} | {m.Openness ?? "—"} | {m.Validity ?? "—"} | {(s.WritesSidecar ? "有" : "无")} | {index} |");
        }
        return table.ToString();
    }
}
