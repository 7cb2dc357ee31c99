using System.Text.RegularExpressions;

namespace Gongkai.Indexer.Understanding;

/// <summary>
/// 附件说明 under the body: "附件：1．名称" followed by "2．名称" lines, or a single "附件：名称".
/// </summary>
internal static partial class AttachmentReader
{
    [GeneratedRegex(@"^附\s*件\s*[:：]\s*(?<rest>.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?<n>[0-9０-９]{1,2})\s*[.．、。]\s*(?<name>.+)$")]
    private static partial Regex Numbered();

    public static IReadOnlyList<string> Read(IReadOnlyList<TextLine> lines, int bodyStart)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Start < bodyStart) continue;
            var m = Label().Match(lines[i].Text);
            if (!m.Success) continue;
            var result = new List<string>();
            var rest = m.Groups["rest"].Value.Trim();
            if (rest.Length > 0)
            {
                var n = Numbered().Match(rest);
                result.Add(Name(n.Success ? n.Groups["name"].Value : rest));
                if (!n.Success) return result;
            }
            for (var j = i + 1; j < lines.Count; j++)
            {
                var n = Numbered().Match(lines[j].Text);
                if (!n.Success) break;
                result.Add(Name(n.Groups["name"].Value));
            }
            if (result.Count > 0) return result;
        }
        return [];
    }

    private static string Name(string s) => s.Trim().TrimEnd('。', '；', ';');
}
