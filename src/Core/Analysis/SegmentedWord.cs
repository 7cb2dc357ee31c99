namespace Gongkai.Core.Analysis;

/// <summary>
/// One word of a segmented sentence: where its term text lies in the segmenter's text buffer
/// (<see cref="SmartCn.SmartCnSegmenter.Text"/>) and its offsets relative to the sentence start.
/// </summary>
public readonly record struct SegmentedWord(int TextStart, int TextLength, int Start, int End);
