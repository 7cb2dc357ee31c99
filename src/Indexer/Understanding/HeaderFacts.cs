using Gongkai.Core.Numbers;

namespace Gongkai.Indexer.Understanding;

/// <summary>What the header zone (版头 and title, before the body) says.</summary>
internal sealed record HeaderFacts(
    string? Title,
    DocNumberMatch? OwnNumber,
    string? OrganMark,
    IReadOnlyList<string> Recipients,
    int BodyStart);
