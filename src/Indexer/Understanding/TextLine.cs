namespace Gongkai.Indexer.Understanding;

/// <summary>A non-empty line of the text: trimmed content and where it sits in the original.</summary>
internal sealed record TextLine(int Index, string Text, int Start, int End)
{
    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var content = text[start..end].Trim();
            if (content.Length > 0) lines.Add(new TextLine(lines.Count, content, start, end));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }
}
