using Gongkai.Core.Domain;
using Gongkai.Core.Schema;
using Gongkai.SearchApi.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// Resolves a document's links through the index: the 文号 and 《titles》 it cites, the documents
/// citing it, its 政策解读 and, for an interpretation, the policy it explains. Only documents the
/// caller may see are returned.
/// </summary>
public sealed class DocumentRelationsService(SearchService search)
{
    public DocumentRelations For(CatalogDocument d, bool staff)
    {
        var references = new List<CatalogDocument>();
        var unresolved = new List<string>();
        foreach (var docNo in d.CitedDocNumbers)
        {
            var found = search.Find(Exact(IndexFields.DocNumber, docNo), staff, 5);
            if (found.Count == 0) unresolved.Add(docNo);
            references.AddRange(found);
        }
        foreach (var title in d.CitedTitles)
        {
            var key = TitleKey.Of(title);
            if (key.Length < 4 || key == TitleKey.Of(d.Title)) continue;
            references.AddRange(search.Find(Exact(IndexFields.TitleKey, key), staff, 5));
        }

        var citedBy = new List<CatalogDocument>();
        var interpretations = new List<CatalogDocument>();
        if (d.DocNumber is { } own)
        {
            citedBy.AddRange(search.Find(Exact(IndexFields.Cites, own), staff, 100));
            interpretations.AddRange(search.Find(Exact(IndexFields.InterpretsDocNumber, own), staff, 20));
        }
        foreach (var key in TitleKey.CitableKeys(d.Title))
        {
            citedBy.AddRange(search.Find(Exact(IndexFields.CitesTitle, key), staff, 100));
            interpretations.AddRange(search.Find(Exact(IndexFields.InterpretsTitle, key), staff, 20));
        }
        // A 解读 cites its policy too; it is listed once, as an interpretation.
        citedBy.RemoveAll(c => interpretations.Any(i => i.Id == c.Id));

        var interprets = new List<CatalogDocument>();
        if (d.InterpretsDocNumber is { } target) interprets.AddRange(search.Find(Exact(IndexFields.DocNumber, target), staff, 5));
        if (TitleKey.Of(d.InterpretsTitle) is { Length: > 0 } targetTitle) interprets.AddRange(search.Find(Exact(IndexFields.TitleKey, targetTitle), staff, 5));

        return new DocumentRelations(Hits(references, d), unresolved, Hits(citedBy, d), Hits(interpretations, d), Hits(interprets, d));
    }

    private static Query Exact(string field, string value) => new TermQuery(new Term(field, value));

    private static IReadOnlyList<Hit> Hits(IEnumerable<CatalogDocument> docs, CatalogDocument self) =>
        docs.Where(x => x.Id != self.Id).DistinctBy(x => x.Id).Select(x => Hit.From(x)).ToList();
}
