using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Understanding;

namespace Gongkai.SearchApi.Staff.Catalog;

/// <summary>
/// Staff changes to a catalog record: corrections, validity, withdrawal. Each is stored in the
/// catalog first (edits are merged over every later re-ingest of the file by the assembler;
/// withdrawals are a catalog flag), then the record is re-assembled and re-indexed, and searchers
/// are refreshed so the public sees the change at once, not at the next refresh tick.
/// </summary>
public sealed class CatalogEditor(CatalogIndex index, DocumentAssembler assembler)
{
    private ICatalogStore Store => index.Store;

    public CatalogDocument? Edit(string id, ProvidedMetadata edit, string actor)
    {
        if (Store.GetDocument(id) is not { } stored) return null;
        Store.SaveEdit(id, edit, actor);
        return Reassemble(stored);
    }

    public CatalogDocument? SetWithdrawn(string id, bool withdrawn, string actor, string? reason)
    {
        if (Store.GetDocument(id) is not { } stored) return null;
        Store.SetWithdrawn(id, withdrawn, actor, reason);
        return Reassemble(stored);
    }

    /// <summary>
    /// Runs the assembler again over the stored record: what the record holds now stands in for what
    /// was read and given (so the portal's catalog block, sidecars and upload metadata are kept without
    /// re-reading the original), and the assembler lays the staff edits and the withdrawal flag over it.
    /// </summary>
    private CatalogDocument Reassemble(CatalogDocument stored)
    {
        var document = assembler.Assemble(stored.Source, stored.Text, FactsOf(stored), GivenOf(stored), stored.ContentHash);
        index.Reindex(document);
        index.Host.Refresh();
        return document;
    }

    private static GongwenFacts FactsOf(CatalogDocument d) => new()
    {
        Title = d.Title,
        DocNumber = d.DocNumber,
        Organ = d.Organ,
        WrittenDate = d.WrittenDate,
        Recipients = d.Recipients,
        Attachments = d.Attachments,
        Openness = d.Openness,
        Kind = d.Kind,
        Genre = d.Genre,
        Category = d.Category,
        CitedDocNumbers = d.CitedDocNumbers,
        CitedTitles = d.CitedTitles,
        InterpretsDocNumber = d.InterpretsDocNumber,
        InterpretsTitle = d.InterpretsTitle,
    };

    private static ProvidedMetadata GivenOf(CatalogDocument d) => new()
    {
        Title = d.Title,
        DocNumber = d.DocNumber,
        IndexNumber = d.IndexNumber,
        Organ = d.Organ,
        WrittenDate = Day(d.WrittenDate),
        PublishedDate = Day(d.PublishedDate),
        Category = d.Category,
        Kind = d.Kind,
        Validity = d.Validity,
        Openness = d.Openness,
        Genre = d.Genre,
        Url = d.Url,
        InterpretsDocNumber = d.InterpretsDocNumber,
        InterpretsTitle = d.InterpretsTitle,
        RepealedDate = Day(d.RepealedDate),
        SupersededBy = d.SupersededBy,
        IsSample = d.IsSample,
    };

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd");
}
