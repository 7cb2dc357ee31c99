namespace Gongkai.Core.Domain;

/// <summary>
/// Catalog metadata given from outside the document's text: the catalog block of a portal page,
/// a sidecar file, the corpus catalog file or a staff correction. Values are as given (raw
/// strings); the indexer normalises them. A given value wins over one read from the text.
/// </summary>
public sealed record ProvidedMetadata
{
    public string? Title { get; init; }
    public string? DocNumber { get; init; }
    public string? IndexNumber { get; init; }
    public string? Organ { get; init; }
    public string? WrittenDate { get; init; }
    public string? PublishedDate { get; init; }
    public string? Category { get; init; }
    public string? Kind { get; init; }
    public string? Validity { get; init; }
    public string? Openness { get; init; }
    public string? Genre { get; init; }
    public string? Url { get; init; }
    public string? InterpretsDocNumber { get; init; }
    public string? InterpretsTitle { get; init; }
    public string? RepealedDate { get; init; }
    public string? SupersededBy { get; init; }
    public bool? IsSample { get; init; }

    public static readonly ProvidedMetadata Empty = new();

    /// <summary>Values of <paramref name="over"/> win where they are set.</summary>
    public ProvidedMetadata OverlaidWith(ProvidedMetadata? over)
    {
        if (over is null) return this;
        return new ProvidedMetadata
        {
            Title = Pick(over.Title, Title),
            DocNumber = Pick(over.DocNumber, DocNumber),
            IndexNumber = Pick(over.IndexNumber, IndexNumber),
            Organ = Pick(over.Organ, Organ),
            WrittenDate = Pick(over.WrittenDate, WrittenDate),
            PublishedDate = Pick(over.PublishedDate, PublishedDate),
            Category = Pick(over.Category, Category),
            Kind = Pick(over.Kind, Kind),
            Validity = Pick(over.Validity, Validity),
            Openness = Pick(over.Openness, Openness),
            Genre = Pick(over.Genre, Genre),
            Url = Pick(over.Url, Url),
            InterpretsDocNumber = Pick(over.InterpretsDocNumber, InterpretsDocNumber),
            InterpretsTitle = Pick(over.InterpretsTitle, InterpretsTitle),
            RepealedDate = Pick(over.RepealedDate, RepealedDate),
            SupersededBy = Pick(over.SupersededBy, SupersededBy),
            IsSample = over.IsSample ?? IsSample,
        };
    }

    private static string? Pick(string? a, string? b) => string.IsNullOrWhiteSpace(a) ? b : a.Trim();
}
