namespace Gongkai.SearchApi.Staff.Check;

/// <summary>
/// The exact overlap between a draft and one document, on distinctive (non-boilerplate) shingles.
/// <see cref="Containment"/> is the decision measure: how much of the draft is already in the
/// document. It stays high when the draft cut a cover letter, a 解读 part or a catalogue block
/// (where Jaccard drops), and low for a new text that merely shares the issuer's phrasing.
/// </summary>
public readonly record struct Overlap(int Shared, double Containment, double Coverage, double Jaccard)
{
    public static Overlap Of(IReadOnlySet<ulong> draft, IReadOnlySet<ulong> document)
    {
        if (draft.Count == 0 || document.Count == 0) return default;
        var (small, large) = draft.Count <= document.Count ? (draft, document) : (document, draft);
        var shared = small.Count(large.Contains);
        return new Overlap(shared,
            (double)shared / draft.Count,
            (double)shared / document.Count,
            (double)shared / (draft.Count + document.Count - shared));
    }
}
