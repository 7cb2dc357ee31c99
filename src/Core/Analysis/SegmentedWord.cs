namespace Gongkai.Core.Analysis;

/// <summary>One word of a segmented sentence: its term text and its offsets relative to the sentence start.</summary>
public readonly record struct SegmentedWord(char[] Chars, int Start, int End);
