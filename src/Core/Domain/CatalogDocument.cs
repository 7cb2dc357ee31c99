namespace Gongkai.Core.Domain;

/// <summary>
/// One entry of the disclosure catalog: what the indexer read from a file, merged with given
/// catalog metadata (sidecar, catalog file, staff edits). Plain data; the index schema maps it to
/// and from Lucene, the catalog store persists it.
/// </summary>
public sealed record CatalogDocument
{
    /// <summary>Stable key derived from <see cref="Source"/> (see <see cref="DocumentId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Path relative to the corpus root with '/' separators, or "uploads/{name}" for uploads.</summary>
    public required string Source { get; init; }

    public required string Title { get; init; }

    /// <summary>The document's own 文号 in canonical form (张政办发〔2017〕15号), if it has one.</summary>
    public string? DocNumber { get; init; }

    /// <summary>索引号, e.g. 11370303004362052D/2017-00015.</summary>
    public string? IndexNumber { get; init; }

    /// <summary>发布机构 / issuing organ.</summary>
    public string? Organ { get; init; }

    /// <summary>成文日期.</summary>
    public DateOnly? WrittenDate { get; init; }

    /// <summary>发布日期.</summary>
    public DateOnly? PublishedDate { get; init; }

    /// <summary>One of <see cref="DocumentKinds"/>.</summary>
    public string Kind { get; init; } = DocumentKinds.Other;

    /// <summary>主题分类, top level of the State Council's list (see <see cref="Categories"/>), optionally "top\second".</summary>
    public string? Category { get; init; }

    /// <summary>One of <see cref="Validities"/>.</summary>
    public string Validity { get; init; } = Validities.Valid;

    /// <summary>One of <see cref="Opennesses"/>; only 主动公开 documents are visible to the public.</summary>
    public string Openness { get; init; } = Opennesses.Proactive;

    /// <summary>体裁/文种: 通知, 意见, 办法 …</summary>
    public string? Genre { get; init; }

    /// <summary>主送机关.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>附件 names listed under the body.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Canonical 文号 cited in the body (not the own one).</summary>
    public IReadOnlyList<string> CitedDocNumbers { get; init; } = [];

    /// <summary>《titles》 named in the body.</summary>
    public IReadOnlyList<string> CitedTitles { get; init; } = [];

    /// <summary>For a 政策解读: the 文号 of the policy it explains, when it names one.</summary>
    public string? InterpretsDocNumber { get; init; }

    /// <summary>For a 政策解读: the title of the policy it explains.</summary>
    public string? InterpretsTitle { get; init; }

    /// <summary>Where the document is published online, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Date the document stopped being valid (废止/失效), and what replaced it.</summary>
    public DateOnly? RepealedDate { get; init; }
    public string? SupersededBy { get; init; }

    /// <summary>Marks documents invented for the sample corpus (示例).</summary>
    public bool IsSample { get; init; }

    /// <summary>Body text as extracted (normalised line breaks, no markup).</summary>
    public required string Text { get; init; }

    /// <summary>Withdrawn by staff: kept in the catalog, gone from every public answer.</summary>
    public bool Withdrawn { get; init; }

    /// <summary>SHA-256 of the original file, hex.</summary>
    public string? ContentHash { get; init; }

    /// <summary>True when the public may see it: 主动公开 and not withdrawn.</summary>
    public bool IsPublic => Openness == Opennesses.Proactive && !Withdrawn;
}
