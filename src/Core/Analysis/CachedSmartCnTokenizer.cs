using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Gongkai.Core.Analysis;

/// <summary>
/// SmartCn's <see cref="HMMChineseTokenizer"/> with its per-sentence segmentation looked up in a
/// <see cref="SentenceSegmentCache"/> first. Same sentence breaks (ICU, root locale), same
/// segmenter (<see cref="HHMMSegmenter"/>), same token normalisation (<see cref="SegTokenFilter"/>)
/// and the same terms, offsets and type as HMMChineseTokenizer (whose WordSegmenter is internal to
/// Lucene.Net, hence the few lines repeated in <see cref="Segment"/>). Lucene.Net's SmartCn spends
/// most of ingest in its dictionary lookups; a repeated sentence skips them.
/// </summary>
public sealed class CachedSmartCnTokenizer : SegmentingTokenizerBase
{
    private static readonly BreakIterator SentenceProto = BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture);

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly HHMMSegmenter _segmenter = new();
    private readonly SegTokenFilter _filter = new();
    private readonly SentenceSegmentCache _cache;
    private readonly Func<string, SegmentedWord[]> _segment;
    private SegmentedWord[] _words = [];
    private int _next;
    private int _sentenceOffset;

    public CachedSmartCnTokenizer(TextReader reader, SentenceSegmentCache cache)
        : base(reader, (BreakIterator)SentenceProto.Clone())
    {
        _cache = cache;
        _segment = Segment;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        _words = _cache.GetOrSegment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart), _segment);
        _sentenceOffset = m_offset + sentenceStart;
        _next = 0;
    }

    protected override bool IncrementWord()
    {
        if (_next >= _words.Length)
        {
            return false;
        }

        var word = _words[_next++];
        ClearAttributes();
        _term.CopyBuffer(word.Chars, 0, word.Chars.Length);
        _offset.SetOffset(CorrectOffset(_sentenceOffset + word.Start), CorrectOffset(_sentenceOffset + word.End));
        _type.Type = "word";
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _words = [];
        _next = 0;
    }

    /// <summary>What Lucene.Net's WordSegmenter.SegmentSentence does, with offsets left sentence-relative.</summary>
    private SegmentedWord[] Segment(string sentence)
    {
        var tokens = _segmenter.Process(sentence);
        // The first and last tokens are SmartCn's sentence begin/end markers.
        if (tokens.Count <= 2)
        {
            return [];
        }

        var words = new SegmentedWord[tokens.Count - 2];
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            var token = tokens[i];
            if (token.WordType is WordType.STRING or WordType.NUMBER or WordType.FULLWIDTH_NUMBER or WordType.FULLWIDTH_STRING)
            {
                token.CharArray = sentence.ToCharArray(token.StartOffset, token.EndOffset - token.StartOffset);
            }

            token = _filter.Filter(token);
            words[i - 1] = new SegmentedWord(token.CharArray, token.StartOffset, token.EndOffset);
        }

        return words;
    }
}
