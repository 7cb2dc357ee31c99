namespace Gongkai.Core.Schema;

/// <summary>
/// Lucene field names. The index schema (<see cref="IndexSchema"/>) is the only code that builds
/// or reads Lucene documents; query code uses these names and nothing else.
/// </summary>
public static class IndexFields
{
    /// <summary>Document key (StringField); every update and delete goes through it.</summary>
    public const string Id = "id";
    public const string Source = "source";

    /// <summary>Title analysed into words (SmartCn) and, in <see cref="TitleGrams"/>, into CJK bigrams.</summary>
    public const string Title = "title";
    public const string TitleGrams = "title_g";

    /// <summary>Body analysed into words and bigrams; <see cref="Body"/> is stored for snippets and the document page.</summary>
    public const string Body = "body";
    public const string BodyGrams = "body_g";

    /// <summary>
    /// What kind of document it is, in the words people search by (exact values, see <see cref="IndexSchema.Labels"/>):
    /// the kind (规范性文件, 政策解读 …; not 其他) and a law's or rule's 效力级别 (政府规章, 行政法规 …) with its short form.
    /// </summary>
    public const string Labels = "labels";

    /// <summary>Whole title folded and without spaces or punctuation: exact-title matching ("already published?").</summary>
    public const string TitleKey = "title_key";

    /// <summary>Canonical 文号 (exact), and agency|year for partial numbers such as "张政办发 2017".</summary>
    public const string DocNumber = "docno";
    public const string DocNumberAgencyYear = "docno_ay";
    public const string DocNumberAgency = "docno_agency";

    /// <summary>索引号 by its letters and digits (<see cref="IndexNumberKey"/>), whole and by its trailing year-serial part.</summary>
    public const string IndexNumber = "indexno";
    public const string IndexNumberTail = "indexno_tail";

    /// <summary>Facet and filter fields: exact values, with sorted doc values for counting.</summary>
    public const string Organ = "organ";
    public const string Kind = "kind";
    public const string Category = "category";
    public const string Validity = "validity";
    public const string Year = "year";

    /// <summary>"1" when the public may see the document (主动公开, not withdrawn); every public query filters on it.</summary>
    public const string Visible = "visible";

    /// <summary>Dates as yyyyMMdd numbers for range filters and sorting (written, published, and the better of the two).</summary>
    public const string WrittenDay = "written_d";
    public const string PublishedDay = "published_d";
    public const string Day = "day";

    /// <summary>Canonical 文号 this document cites, and normalised 《titles》 it names.</summary>
    public const string Cites = "cites";
    public const string CitesTitle = "cites_title";

    /// <summary>What a 政策解读 explains: canonical 文号 and normalised title.</summary>
    public const string InterpretsDocNumber = "interprets_docno";
    public const string InterpretsTitle = "interprets_title";

    /// <summary>Stored JSON of the catalog record without its text: one field to load for a hit.</summary>
    public const string Meta = "meta";
}
