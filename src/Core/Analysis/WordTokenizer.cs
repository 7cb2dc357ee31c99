using System.Globalization;
using Gongkai.Core.Analysis.SmartCn;
using ICU4N.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Gongkai.Core.Analysis;

/// <summary>
/// The words field's tokenizer: the terms, offsets and type of SmartCn's <see cref="HMMChineseTokenizer"/>
/// (same ICU sentence breaks, root locale; same segmentation), computed by our
/// <see cref="SmartCnSegmenter"/> over SmartCn's own dictionaries, ≈ 5× faster than Lucene.Net's
/// (segmentation was most of ingest's analysis cost). A per-sentence cache of segmentations paid
/// with Lucene.Net's segmenter and costs more than it saves with this one; it was removed.
/// </summary>
public sealed class WordTokenizer : SegmentingTokenizerBase
{
    private static readonly BreakIterator SentenceProto = BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture);

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly SmartCnSegmenter _segmenter = new();
    private int _wordCount;
    private int _next;
    private int _sentenceOffset;

    public WordTokenizer(TextReader reader)
        : base(reader, (BreakIterator)SentenceProto.Clone())
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        // The words stay in the segmenter until the next sentence; IncrementWord reads them there.
        _wordCount = _segmenter.Segment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart)).Length;
        _sentenceOffset = m_offset + sentenceStart;
        _next = 0;
    }

    protected override bool IncrementWord()
    {
        if (_next >= _wordCount)
        {
            return false;
        }

        var word = _segmenter.Word(_next++);
        ClearAttributes();
        var text = _segmenter.Text(word);
        text.CopyTo(_term.ResizeBuffer(text.Length));
        _term.Length = text.Length;
        _offset.SetOffset(CorrectOffset(_sentenceOffset + word.Start), CorrectOffset(_sentenceOffset + word.End));
        _type.Type = "word";
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _wordCount = 0;
        _next = 0;
    }
}
