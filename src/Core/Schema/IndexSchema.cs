using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Core.Domain;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Gongkai.Core.Schema;

/// <summary>
/// The one mapping between a <see cref="CatalogDocument"/> and a Lucene <see cref="Document"/>,
/// both directions. Nothing else builds Lucene documents.
/// </summary>
public static partial class IndexSchema
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Term KeyTerm(string id) => new(IndexFields.Id, id);

    public static Document ToDocument(CatalogDocument d)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, d.Id, Field.Store.YES),
            new StringField(IndexFields.Source, d.Source, Field.Store.NO),
            new TextField(IndexFields.Title, d.Title, Field.Store.NO),
            new TextField(IndexFields.TitleGrams, d.Title, Field.Store.NO),
            new TextField(IndexFields.Body, d.Text, Field.Store.YES),
            new TextField(IndexFields.BodyGrams, d.Text, Field.Store.NO),
            new StringField(IndexFields.Visible, d.IsPublic ? "1" : "0", Field.Store.NO),
            new StoredField(IndexFields.Meta, JsonSerializer.Serialize(d with { Text = "" }, Json)),
        };

        foreach (var label in Labels(d)) doc.Add(new StringField(IndexFields.Labels, label, Field.Store.NO));
        foreach (var key in TitleKey.CitableKeys(d.Title)) doc.Add(new StringField(IndexFields.TitleKey, key, Field.Store.NO));
        if (d.DocNumber is { } docNo)
        {
            doc.Add(new StringField(IndexFields.DocNumber, docNo, Field.Store.NO));
            if (CanonicalDocNumber().Match(docNo) is { Success: true } m)
            {
                doc.Add(new StringField(IndexFields.DocNumberAgency, m.Groups[1].Value, Field.Store.NO));
                doc.Add(new StringField(IndexFields.DocNumberAgencyYear, m.Groups[1].Value + "|" + m.Groups[2].Value, Field.Store.NO));
            }
        }
        if (IndexNumberKey.Loose(d.IndexNumber) is { } indexKey)
        {
            doc.Add(new StringField(IndexFields.IndexNumber, indexKey, Field.Store.NO));
            if (IndexNumberKey.Tail(d.IndexNumber) is { } tail) doc.Add(new StringField(IndexFields.IndexNumberTail, tail, Field.Store.NO));
        }

        AddFacet(doc, IndexFields.Organ, d.Organ);
        AddFacet(doc, IndexFields.Kind, d.Kind);
        AddFacet(doc, IndexFields.Category, TopCategory(d.Category));
        AddFacet(doc, IndexFields.Validity, d.Validity);
        var day = d.PublishedDate ?? d.WrittenDate;
        AddFacet(doc, IndexFields.Year, (d.WrittenDate ?? d.PublishedDate)?.Year.ToString());
        AddDay(doc, IndexFields.WrittenDay, d.WrittenDate);
        AddDay(doc, IndexFields.PublishedDay, d.PublishedDate);
        AddDay(doc, IndexFields.Day, day);
        // Sorting by date and the recency tie-break read this; 0 sorts undated documents last.
        doc.Add(new NumericDocValuesField(IndexFields.Day, day is { } x ? DayNumber(x) : 0));

        foreach (var c in d.CitedDocNumbers.Distinct()) doc.Add(new StringField(IndexFields.Cites, c, Field.Store.NO));
        foreach (var t in d.CitedTitles.Select(TitleKey.Of).Where(t => t.Length > 0).Distinct())
            doc.Add(new StringField(IndexFields.CitesTitle, t, Field.Store.NO));
        if (d.InterpretsDocNumber is { } idn) doc.Add(new StringField(IndexFields.InterpretsDocNumber, idn, Field.Store.NO));
        if (TitleKey.Of(d.InterpretsTitle) is { Length: > 0 } it) doc.Add(new StringField(IndexFields.InterpretsTitle, it, Field.Store.NO));
        return doc;
    }

    /// <summary>The words <see cref="IndexFields.Labels"/> holds for a document: its kind and 效力级别, one of <see cref="AllLabels"/> each.</summary>
    public static IEnumerable<string> Labels(CatalogDocument d)
    {
        if (d.Kind != DocumentKinds.Other) yield return d.Kind;
        if (LegalRanks.Of(d.Title, d.Text) is not { } rank) yield break;
        yield return rank;
        if (LegalRanks.ShortForms.TryGetValue(rank, out var shortForm)) yield return shortForm;
    }

    /// <summary>Every value <see cref="IndexFields.Labels"/> can hold: query code matches typed words against these.</summary>
    public static readonly IReadOnlyList<string> AllLabels =
        [.. DocumentKinds.All.Where(k => k != DocumentKinds.Other), .. LegalRanks.All, .. LegalRanks.ShortForms.Values.Distinct()];

    /// <summary>The catalog record of a hit, without its text (see <see cref="ReadText"/>).</summary>
    public static CatalogDocument ReadMeta(Document stored) =>
        JsonSerializer.Deserialize<CatalogDocument>(stored.Get(IndexFields.Meta), Json)
        ?? throw new InvalidDataException("index document without meta field");

    public static string ReadText(Document stored) => stored.Get(IndexFields.Body) ?? "";

    /// <summary>Fields to load for a result list: the meta blob only, not the body.</summary>
    public static readonly ISet<string> MetaOnly = new HashSet<string> { IndexFields.Meta };

    public static string? TopCategory(string? category)
    {
        if (string.IsNullOrWhiteSpace(category)) return null;
        var i = category.IndexOfAny(['\\', '/']);
        return i > 0 ? category[..i] : category;
    }

    public static int DayNumber(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    private static void AddFacet(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void AddDay(Document doc, string field, DateOnly? date)
    {
        if (date is { } d) doc.Add(new Int32Field(field, DayNumber(d), Field.Store.NO));
    }

    [GeneratedRegex(@"^(.+)〔(\d{4})〕(\d+)号$")]
    private static partial Regex CanonicalDocNumber();
}
