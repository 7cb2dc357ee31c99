using System.Text;

namespace Gongkai.Indexer.Extraction;

/// <summary>
/// Turns the raw characters of a Word story into plain text: paragraph and break marks become
/// newlines, table cells tabs and rows lines, fields keep only their shown result, and object
/// anchors and other control characters disappear.
/// </summary>
internal static class WordStoryText
{
    private const int MaxFieldDepth = 64;

    public static string Render(IEnumerable<(char Char, int EndOffset)> characters, IReadOnlySet<int> rowEnds, int maxChars)
    {
        var sb = new StringBuilder();
        // One entry per open field: false while in its instructions (hidden), true in its result.
        var fields = new Stack<bool>();
        var hidden = 0;
        foreach (var (c, endOffset) in characters)
        {
            switch (c)
            {
                case '\u0013':
                    if (fields.Count < MaxFieldDepth)
                    {
                        fields.Push(false);
                        hidden++;
                    }
                    continue;
                case '\u0014':
                    if (fields.Count > 0 && !fields.Peek())
                    {
                        fields.Pop();
                        fields.Push(true);
                        hidden--;
                    }
                    continue;
                case '\u0015':
                    if (fields.Count > 0 && !fields.Pop()) hidden--;
                    continue;
            }
            if (hidden > 0) continue;
            if (sb.Length >= maxChars) break;

            switch (c)
            {
                case '\r' or '\u000B' or '\u000C' or '\u000E':
                    sb.Append('\n');
                    break;
                case '\u0007' when rowEnds.Contains(endOffset):
                    if (sb.Length > 0 && sb[^1] == '\t') sb.Length--;
                    sb.Append('\n');
                    break;
                case '\u0007':
                    sb.Append('\t');
                    break;
                case '\t':
                    sb.Append('\t');
                    break;
                case '\u001E':
                    sb.Append('-');
                    break;
                case '\u00A0':
                    sb.Append(' ');
                    break;
                case < ' ' or '\uFFFF':
                    // 0x01 picture, 0x08 drawing anchor, 0x02 note reference, 0x05 comment anchor …
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
