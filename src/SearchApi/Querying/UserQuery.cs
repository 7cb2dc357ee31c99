using System.Text;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// What a person typed, split the way people mean it: plain words (all should match), "quoted
/// phrases" (must match as written) and -excluded words. No Lucene syntax: every other
/// character is text, so AND, *, ?, ~, ( and : can never break a query.
/// </summary>
public sealed record UserQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases, IReadOnlyList<string> Excluded)
{
    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    /// <summary>All positive parts, in the order typed.</summary>
    public IEnumerable<string> Positive => Phrases.Concat(Words);

    public static UserQuery Parse(string text)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var excluded = new List<string>();
        var s = text.Replace('“', '"').Replace('”', '"').Replace('＂', '"').Replace('\u3000', ' ');
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i])) { i++; continue; }
            var negative = (s[i] == '-' || s[i] == '－') && i + 1 < s.Length && !char.IsWhiteSpace(s[i + 1]) && (i == 0 || char.IsWhiteSpace(s[i - 1]));
            if (negative) i++;
            string token;
            var quoted = s[i] == '"';
            if (quoted)
            {
                var end = s.IndexOf('"', i + 1);
                token = end < 0 ? s[(i + 1)..] : s[(i + 1)..end];
                i = end < 0 ? s.Length : end + 1;
            }
            else
            {
                var sb = new StringBuilder();
                while (i < s.Length && !char.IsWhiteSpace(s[i])) sb.Append(s[i++]);
                token = sb.ToString();
            }
            token = token.Trim();
            if (token.Length == 0) continue;
            if (negative) excluded.Add(token);
            else if (quoted) phrases.Add(token);
            else words.Add(token);
        }
        return new UserQuery(words, phrases, excluded);
    }
}
