namespace Gongkai.SearchApi.Staff.Check;

/// <summary>
/// The longest runs of the draft whose shingles all occur in the document, quoted from the draft as
/// written. A run made only of boilerplate shingles is not a shared passage.
/// </summary>
public static class SharedPassages
{
    public const int MaxPassages = 5;
    public const int MinChars = 12;
    public const int MaxChars = 200;

    public static IReadOnlyList<string> Find(ShingleText draft, IReadOnlySet<ulong> documentShingles, Func<ulong, bool> isCommon)
    {
        var runs = new List<(int Start, int End, int Distinctive)>();
        var start = -1;
        var distinctive = 0;
        for (var i = 0; i <= draft.Count; i++)
        {
            var inDoc = i < draft.Count && documentShingles.Contains(draft.HashAt(i));
            if (inDoc)
            {
                if (start < 0) { start = i; distinctive = 0; }
                if (!isCommon(draft.HashAt(i))) distinctive++;
                continue;
            }
            if (start >= 0) runs.Add((start, i - 1 + ShingleText.Length - 1, distinctive));
            start = -1;
        }
        return runs
            .Where(r => r.Distinctive >= ShingleText.Length && r.End - r.Start + 1 >= MinChars)
            .OrderByDescending(r => r.End - r.Start)
            .Take(MaxPassages)
            .OrderBy(r => r.Start)
            .Select(r => Quote(draft, r.Start, r.End))
            .ToList();
    }

    private static string Quote(ShingleText draft, int start, int end)
    {
        var from = draft.Origin[start];
        var to = draft.Origin[end];
        var text = draft.Original[from..(to + 1)].Trim();
        return text.Length > MaxChars ? text[..MaxChars] + "…" : text;
    }
}
