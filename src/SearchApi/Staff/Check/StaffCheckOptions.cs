namespace Gongkai.SearchApi.Staff.Check;

/// <summary>Options of the already-published check (section "StaffCheck").</summary>
public sealed class StaffCheckOptions
{
    /// <summary>
    /// Share (0..1) of the draft's distinctive shingles that must be found in one catalog document for
    /// the draft to count as published. Chosen from ../shared/eval/neardup.jsonl (see docs/staff-tools.md):
    /// edited copies scored 0.89–1.00, new documents on the same subject or with the same issuer at most 0.13 among the
    /// LSH candidates (0.36 against every document, measured exhaustively). 0.6 sits in that gap.
    /// </summary>
    public double Threshold { get; set; } = 0.6;

    /// <summary>A shingle found in at least this share of all documents is boilerplate and is ignored.</summary>
    public double CommonDocumentShare { get; set; } = 0.002;

    /// <summary>…but a shingle is never boilerplate below this many documents (small catalogs).</summary>
    public int MinCommonDocuments { get; set; } = 3;

    /// <summary>A draft with fewer distinctive shingles than this is too short to be judged on its text.</summary>
    public int MinDistinctiveShingles { get; set; } = 20;

    /// <summary>LSH candidates verified with the exact overlap measure, most band collisions first.</summary>
    public int MaxCandidates { get; set; } = 100;

    /// <summary>Titles shorter than this (after <c>TitleKey</c>) are too generic to decide by title alone.</summary>
    public int MinTitleChars { get; set; } = 8;

    /// <summary>Changed documents (share of the catalog) after which the boilerplate table is recomputed from scratch.</summary>
    public double RebuildAfterChangedShare { get; set; } = 0.2;
}
