using Gongkai.Core.Domain;
using Gongkai.Core.Numbers;
using Gongkai.Core.Schema;
using Gongkai.Indexer.Understanding;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Catalog;

/// <summary>
/// Merges what was read from a file with what was given about it into one catalog record.
/// Precedence, lowest to highest: facts read from the text, the file's own catalog block
/// (portal pages), the corpus catalog file and sidecar, staff corrections. Missing 索引号 are
/// assigned from the configured organ codes, once per source, never reused.
/// </summary>
public sealed class DocumentAssembler(ICatalogStore store, IOptions<CatalogOptions> options)
{
    public CatalogDocument Assemble(string source, string text, GongwenFacts facts, ProvidedMetadata given, string? contentHash)
    {
        var id = DocumentId.ForSource(source);
        var edit = store.GetEdit(id);
        var m = given.OverlaidWith(edit);

        var organ = m.Organ ?? facts.Organ;
        var written = GivenDate.Parse(m.WrittenDate) ?? facts.WrittenDate;
        var published = GivenDate.Parse(m.PublishedDate);
        var docNumber = Canonical(m.DocNumber) ?? facts.DocNumber;
        var title = FirstNonEmpty(m.Title, facts.Title, HeadingOf(text), Path.GetFileNameWithoutExtension(source));

        return new CatalogDocument
        {
            Id = id,
            Source = source,
            Title = title,
            DocNumber = docNumber,
            IndexNumber = IndexNumberFor(source, m.IndexNumber, organ, written ?? published),
            Organ = organ,
            WrittenDate = written,
            PublishedDate = published,
            Kind = OneOf(m.Kind, DocumentKinds.All) ?? facts.Kind ?? DocumentKinds.Other,
            Category = m.Category ?? facts.Category,
            Validity = OneOf(m.Validity, Validities.All) ?? Validities.Valid,
            Openness = OneOf(m.Openness, Opennesses.All) ?? facts.Openness ?? Opennesses.Proactive,
            Genre = m.Genre ?? facts.Genre,
            Recipients = facts.Recipients,
            Attachments = facts.Attachments,
            CitedDocNumbers = facts.CitedDocNumbers.Where(c => c != docNumber).ToList(),
            CitedTitles = facts.CitedTitles,
            InterpretsDocNumber = Canonical(m.InterpretsDocNumber) ?? facts.InterpretsDocNumber,
            InterpretsTitle = m.InterpretsTitle ?? facts.InterpretsTitle,
            Url = m.Url,
            RepealedDate = GivenDate.Parse(m.RepealedDate),
            SupersededBy = m.SupersededBy,
            IsSample = m.IsSample ?? false,
            Text = text,
            Withdrawn = store.IsWithdrawn(id),
            ContentHash = contentHash,
        };
    }

    private string? IndexNumberFor(string source, string? given, string? organ, DateOnly? date)
    {
        if (IndexNumberKey.Clean(given) is { } normal)
        {
            store.ReserveIndexNumber(normal);
            return normal;
        }
        if (organ is null || date is null || !options.Value.OrganCodes.TryGetValue(organ, out var code)) return null;
        return store.AssignIndexNumber(source, code, date.Value.Year);
    }

    private static string? Canonical(string? typed) =>
        !string.IsNullOrWhiteSpace(typed) && DocNumber.TryParse(typed, out var n) ? n.Canonical : null;

    private static string? OneOf(string? value, IReadOnlyList<string> allowed) =>
        value is not null && allowed.Contains(value.Trim()) ? value.Trim() : null;

    /// <summary>
    /// For an excerpt without a recognisable 公文 title, its first line when it reads like a heading
    /// (short, not a sentence): a person recognises "（一）发放购房补贴" better than a file name.
    /// </summary>
    private static string? HeadingOf(string text)
    {
        var first = text.Split('\n', 2, StringSplitOptions.TrimEntries)[0];
        return first.Length is >= 4 and <= 40 && !"。；;，,：:".Contains(first[^1]) ? first : null;
    }

    private static string FirstNonEmpty(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!.Trim();
}
