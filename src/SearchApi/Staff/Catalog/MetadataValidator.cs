using Gongkai.Core.Domain;
using Gongkai.Core.Numbers;
using Gongkai.Indexer.Catalog;
using Gongkai.SearchApi.Errors;

namespace Gongkai.SearchApi.Staff.Catalog;

/// <summary>
/// Refuses metadata the assembler would silently ignore (a kind outside the vocabulary, an unreadable
/// date or 文号): staff must learn at once that a correction did not take, with the field named.
/// </summary>
public static class MetadataValidator
{
    private const int MaxChars = 500;

    public static ProvidedMetadata Validate(ProvidedMetadata m)
    {
        OneOf("kind", m.Kind, DocumentKinds.All);
        OneOf("validity", m.Validity, Validities.All);
        OneOf("openness", m.Openness, Opennesses.All);
        Date("writtenDate", m.WrittenDate);
        Date("publishedDate", m.PublishedDate);
        Date("repealedDate", m.RepealedDate);
        Number("docNumber", m.DocNumber);
        Number("interpretsDocNumber", m.InterpretsDocNumber);
        foreach (var (name, value) in new[] { ("title", m.Title), ("organ", m.Organ), ("category", m.Category), ("genre", m.Genre),
                     ("url", m.Url), ("indexNumber", m.IndexNumber), ("interpretsTitle", m.InterpretsTitle), ("supersededBy", m.SupersededBy) })
            if (value is { Length: > MaxChars }) throw ApiException.BadParameter(name, $"不超过 {MaxChars} 个字符");
        return m;
    }

    /// <summary>Nothing set (blank strings count as unset, as the assembler treats them).</summary>
    public static bool IsEmpty(ProvidedMetadata m) => ProvidedMetadata.Empty.OverlaidWith(m) == ProvidedMetadata.Empty;

    private static void OneOf(string name, string? value, IReadOnlyList<string> allowed)
    {
        if (!string.IsNullOrWhiteSpace(value) && !allowed.Contains(value.Trim()))
            throw ApiException.BadParameter(name, "应为 " + string.Join(" / ", allowed) + " 之一");
    }

    private static void Date(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && GivenDate.Parse(value) is null)
            throw ApiException.BadParameter(name, "应为日期，例如 2017-03-05");
    }

    private static void Number(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !DocNumber.TryParse(value, out _))
            throw ApiException.BadParameter(name, "应为文号，例如 张政办发〔2017〕15号");
    }
}
