using Gongkai.Core.Numbers;
using Gongkai.Core.Schema;
using Lucene.Net.Index;
using Lucene.Net.Search;
using System.Text.RegularExpressions;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Recognises catalog numbers in what was typed: a whole 文号 (any bracket style), a 索引号 or
/// the part after its '/', or a partial 文号 (代字 and year: "张政办发 2017").
/// </summary>
public static partial class NumberQuery
{
    /// <summary>Exact-number clauses for <paramref name="typed"/>, or null when it is not a number.</summary>
    public static Query? Exact(string typed)
    {
        var s = typed.Trim();
        if (s.Length == 0) return null;
        var any = new BooleanQuery(disableCoord: true);
        if (DocNumber.TryParse(s, out var n)) any.Add(new TermQuery(new Term(IndexFields.DocNumber, n.Canonical)), Occur.SHOULD);
        if (LooksLikeIndexNumber(s) && IndexNumberKey.Loose(s) is { } loose)
        {
            any.Add(new TermQuery(new Term(IndexFields.IndexNumber, loose)), Occur.SHOULD);
            any.Add(new TermQuery(new Term(IndexFields.IndexNumberTail, loose)), Occur.SHOULD);
        }
        if (AgencyYear().Match(s.Normalize(System.Text.NormalizationForm.FormKC)) is { Success: true } m)
        {
            any.Add(new TermQuery(new Term(IndexFields.DocNumberAgencyYear, m.Groups[1].Value + "|" + m.Groups[2].Value)), Occur.SHOULD);
        }
        return any.Clauses.Count == 0 ? null : any;
    }

    /// <summary>The canonical 文号 in <paramref name="typed"/>, if the whole input is one.</summary>
    public static string? DocNumberOf(string typed) => DocNumber.TryParse(typed.Trim(), out var n) ? n.Canonical : null;

    /// <summary>Letters, digits and separators only, with a year in it: worth an exact 索引号 lookup.</summary>
    public static bool LooksLikeIndexNumber(string s)
    {
        var n = s.Normalize(System.Text.NormalizationForm.FormKC);
        return n.Length is >= 6 and <= 60 && n.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or ' ' or '—' or '–' or '_')
               && YearInside().IsMatch(n);
    }

    [GeneratedRegex(@"(19|20)\d{2}")]
    private static partial Regex YearInside();

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{2,12}?)\s*[〔\[(（【]?\s*((?:19|20)\d{2})\s*[〕\])）】]?\s*年?$")]
    private static partial Regex AgencyYear();
}
