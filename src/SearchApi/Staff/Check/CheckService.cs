using Gongkai.Core.Domain;
using Gongkai.Core.Numbers;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Understanding;
using Gongkai.SearchApi.Contracts;
using Gongkai.SearchApi.Errors;
using Gongkai.SearchApi.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Staff.Check;

/// <summary>
/// "Has this already been published?": the same 文号 (given, or read from the draft's header), the
/// same title, or the same text with edits (MinHash/LSH candidates verified by exact containment of
/// the draft's distinctive shingles). Staff see every document, whatever its openness.
/// </summary>
public sealed class CheckService(SearchService search, NearDuplicateIndex index, GongwenReader reader, IOptions<StaffCheckOptions> options)
{
    public const int MaxMatches = 10;
    private readonly StaffCheckOptions _options = options.Value;

    public CheckResponse Check(CheckDraft draft)
    {
        var text = draft.Text ?? "";
        if (text.Trim().Length == 0 && draft.Title is null && draft.DocNumber is null)
            throw ApiException.BadParameter("text", "请提供草稿正文（text）、标题（title）或文号（docNumber）");
        var facts = text.Trim().Length > 0 ? reader.Read(text, UnderstandingHints.None) : null;

        var found = new Dictionary<string, (CatalogDocument Doc, string Type)>();
        foreach (var number in Numbers(draft.DocNumber, facts?.DocNumber))
            foreach (var d in search.Find(new TermQuery(new Term(IndexFields.DocNumber, number)), staff: true))
                found.TryAdd(d.Id, (d, MatchTypes.DocNumber));
        foreach (var key in new[] { draft.Title, facts?.Title }.Select(TitleKey.Of).Where(k => k.Length >= _options.MinTitleChars).Distinct())
            foreach (var d in search.Find(new TermQuery(new Term(IndexFields.TitleKey, key)), staff: true))
                found.TryAdd(d.Id, (d, MatchTypes.Title));

        var shingled = ShingleText.Of(text);
        var distinctive = index.Distinctive(shingled);
        var matches = new List<CheckMatch>();
        var verified = new HashSet<string>();
        foreach (var id in found.Keys.Concat(index.Candidates(distinctive)))
        {
            if (!verified.Add(id) || search.Get(id, staff: true) is not { } doc) continue;
            var docShingles = ShingleText.Of(doc.Text).Shingles();
            var docDistinctive = docShingles.Where(s => !index.IsCommon(s)).ToHashSet();
            var overlap = Overlap.Of(distinctive, docDistinctive);
            var type = found.TryGetValue(id, out var f) ? f.Type
                : distinctive.Count >= _options.MinDistinctiveShingles && overlap.Containment >= _options.Threshold ? MatchTypes.Text
                : null;
            if (type is null) continue;
            var passages = overlap.Shared > 0 ? SharedPassages.Find(shingled, docShingles, index.IsCommon) : [];
            matches.Add(CheckMatch.From(Hit.From(doc), overlap.Containment, overlap.Coverage, type, doc.Openness, doc.Withdrawn, passages));
        }

        // Exact 文号 first, then by how much of the draft each document holds.
        var ordered = matches
            .OrderByDescending(m => m.MatchType == MatchTypes.DocNumber)
            .ThenByDescending(m => m.Similarity)
            .ThenByDescending(m => m.Coverage)
            .Take(MaxMatches).ToList();
        return new CheckResponse(ordered.Count > 0, ordered);
    }

    private static IEnumerable<string> Numbers(string? given, string? read)
    {
        if (given is not null && given.Trim().Length > 0)
        {
            if (!DocNumber.TryParse(given, out var n))
                throw ApiException.BadParameter("docNumber", $"不是可识别的文号：“{(given.Length > 40 ? given[..40] + "…" : given)}”，应如 张政办发〔2017〕15号");
            yield return n.Canonical;
        }
        if (read is not null && read != given) yield return read;
    }
}
