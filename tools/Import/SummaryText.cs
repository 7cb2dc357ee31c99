using System.Text;
using Gongkai.Indexer.Uploads;

namespace Gongkai.Import;

/// <summary>The closing report: counts, then failures grouped by reason with the files named.</summary>
public static class SummaryText
{
    private const int NamesPerReason = 50;

    public static string Of(ImportSummary s)
    {
        var text = new StringBuilder();
        text.AppendLine($"完成：处理 {s.Queued} 个文件，用时 {s.Elapsed:hh\\:mm\\:ss}；入库 {s.Indexed}，未变 {s.Unchanged}，移除 {s.Removed}，失败 {s.Failures.Count}。");
        if (s.Queued == 0) text.AppendLine("没有新的或改动过的文件。");
        foreach (var group in s.FailuresByReason)
        {
            text.AppendLine($"失败原因 {group.Key}（{group.Count()} 个）：");
            foreach (var f in group.Take(NamesPerReason)) text.AppendLine($"  {f.Source}  {f.Message}");
            if (group.Count() > NamesPerReason) text.AppendLine($"  …… 另有 {group.Count() - NamesPerReason} 个");
        }
        return text.ToString().TrimEnd();
    }
}
