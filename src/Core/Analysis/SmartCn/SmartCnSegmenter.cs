using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace Gongkai.Core.Analysis.SmartCn;

/// <summary>
/// SmartCn's sentence segmentation (Lucene.Net's HHMMSegmenter + SegTokenFilter) computed over
/// flat arrays: the same candidate words (every dictionary word starting at each character, runs of
/// letters and digits, punctuation), the same word-pair weights from the same dictionaries, the
/// same shortest path with the same tie-breaking — so the same words, offsets and normalisation,
/// checked token for token against Lucene.Net's segmenter (tests/Core.Tests: SmartCnSegmenterTests).
/// Lucene.Net's version allocates a token object, a char array and a dictionary list per candidate
/// and probes its hash tables far on every unknown pair; at ingest that was most of the words
/// field's cost. One instance per thread (it reuses its buffers); the dictionaries are shared.
/// </summary>
public sealed class SmartCnSegmenter
{
    private const int MaxFrequency = 2079997 + 80000; // Utility.MAX_FREQUENCE
    private const double Smooth = 0.1;
    private const double Tiny = 1.0 / MaxFrequency;
    private const string Delimiter = ",";
    private static readonly CharType[] CharTypes = BuildCharTypes();

    private readonly SmartCnDictionaries _dictionaries = SmartCnDictionaries.Instance;
    private readonly SpecialWords _specials = new(SmartCnDictionaries.Instance.Words);
    private Candidate[] _candidates = new Candidate[64];
    private char[] _text = new char[256];
    private int[] _firstAt = new int[64];
    private double[] _cost = new double[64];
    private int[] _previous = new int[64];
    private readonly List<int> _path = [];
    private SegmentedWord[] _words = new SegmentedWord[32];
    private int _count;
    private int _textLength;

    /// <summary>
    /// Segments one sentence into words as SmartCn's tokenizer emits them (offsets relative to the
    /// sentence start); returns them, valid until the next call. Nothing is allocated per word.
    /// </summary>
    public ReadOnlySpan<SegmentedWord> Segment(ReadOnlySpan<char> sentence)
    {
        BuildCandidates(sentence);
        ShortestPath();
        return Words(sentence);
    }

    /// <summary>Word <paramref name="index"/> of the last <see cref="Segment"/>.</summary>
    public SegmentedWord Word(int index) => _words[index];

    /// <summary>The term text of a word of the last <see cref="Segment"/>.</summary>
    public ReadOnlySpan<char> Text(in SegmentedWord word) => _text.AsSpan(word.TextStart, word.TextLength);

    /// <summary>HHMMSegmenter.CreateSegGraph: candidates in order of start, each start's in SmartCn's order.</summary>
    private void BuildCandidates(ReadOnlySpan<char> s)
    {
        _count = 0;
        _textLength = 0;
        var words = _dictionaries.Words;
        Add(-1, 0, WordType.SENTENCE_BEGIN, _specials.BeginFrequency, SpecialWords.Begin);
        var i = 0;
        while (i < s.Length)
        {
            var type = CharTypes[s[i]];
            switch (type)
            {
                case CharType.SPACE_LIKE:
                    i++;
                    break;
                case CharType.HANZI:
                    AddWordsStartingAt(s, i, words);
                    i++;
                    break;
                case CharType.LETTER or CharType.FULLWIDTH_LETTER:
                {
                    var j = Run(s, i, CharType.LETTER, CharType.FULLWIDTH_LETTER, out var fullWidth);
                    Add(i, j, fullWidth ? WordType.FULLWIDTH_STRING : WordType.STRING, _specials.StringFrequency, SpecialWords.String);
                    i = j;
                    break;
                }
                case CharType.DIGIT or CharType.FULLWIDTH_DIGIT:
                {
                    var j = Run(s, i, CharType.DIGIT, CharType.FULLWIDTH_DIGIT, out var fullWidth);
                    Add(i, j, fullWidth ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER, _specials.NumberFrequency, SpecialWords.Number);
                    i = j;
                    break;
                }
                case CharType.DELIMITER:
                    Add(i, i + 1, WordType.DELIMITER, MaxFrequency, s.Slice(i, 1));
                    i++;
                    break;
                default: // characters SmartCn does not know count as an unknown string
                    Add(i, i + 1, WordType.STRING, _specials.StringFrequency, SpecialWords.String);
                    i++;
                    break;
            }
        }

        Add(s.Length, s.Length + 1, WordType.SENTENCE_END, _specials.EndFrequency, SpecialWords.End);
    }

    /// <summary>
    /// The character itself (always a candidate, frequency 0 when unknown), then every longer
    /// dictionary word starting there, in order of length. Like SmartCn, a word may run across
    /// spaces between characters (the spaces are not part of its text, but inside its offsets).
    /// </summary>
    private void AddWordsStartingAt(ReadOnlySpan<char> s, int i, WordTrie words)
    {
        var node = words.Root(s[i]);
        var textStart = _textLength;
        Add(i, i + 1, WordType.CHINESE_WORD, node == 0 ? 0 : words.Frequency(node), s.Slice(i, 1));
        var length = 1;
        var j = i + 1;
        while (node != 0)
        {
            if (length > 1 && words.IsWord(node))
            {
                // The word's text is the characters walked so far.
                AddSharingText(i, j, words.Frequency(node), textStart, length);
            }

            while (j < s.Length && CharTypes[s[j]] == CharType.SPACE_LIKE)
            {
                j++;
            }

            if (j >= s.Length || CharTypes[s[j]] != CharType.HANZI)
            {
                break;
            }

            node = words.Child(node, s[j]);
            if (node != 0)
            {
                // The walked text stays the tail of the buffer: the words found on the way share it.
                EnsureText(1);
                _text[_textLength++] = s[j];
                length++;
            }

            j++;
        }
    }

    private static int Run(ReadOnlySpan<char> s, int i, CharType half, CharType full, out bool fullWidth)
    {
        fullWidth = CharTypes[s[i]] == full;
        var j = i + 1;
        while (j < s.Length && (CharTypes[s[j]] == half || CharTypes[s[j]] == full))
        {
            fullWidth |= CharTypes[s[j]] == full;
            j++;
        }

        return j;
    }

    /// <summary>HHMMSegmenter's BiSegGraph + GetShortPath: the cheapest path, cost −log of the smoothed pair probability.</summary>
    private void ShortestPath()
    {
        var n = _count;
        var sentenceEnd = _candidates[n - 1].Start;
        EnsureCapacity(ref _firstAt, sentenceEnd + 1);
        EnsureCapacity(ref _cost, n);
        EnsureCapacity(ref _previous, n);

        // _firstAt[p]: the first candidate starting at p or after; candidates are in order of start.
        for (int p = 0, k = 1; p <= sentenceEnd; p++)
        {
            while (_candidates[k].Start < p)
            {
                k++;
            }

            _firstAt[p] = k;
        }

        // Each start's candidates end where the next start's begin.
        _candidates[n - 1].GroupEnd = n;
        for (var k = n - 2; k >= 0; k--)
        {
            _candidates[k].GroupEnd = _candidates[k].Start == _candidates[k + 1].Start ? _candidates[k + 1].GroupEnd : k + 1;
        }

        _cost[0] = 0;
        for (var k = 1; k < n; k++)
        {
            _cost[k] = double.MaxValue;
        }

        var pairs = _dictionaries.Pairs;
        for (var from = 0; from < n - 1; from++)
        {
            ref var a = ref _candidates[from];
            var hash = SmartCnDictionaries.PairHashSeed;
            for (var c = a.TextStart; c < a.TextStart + a.TextLength; c++)
            {
                hash = SmartCnDictionaries.PairHash(hash, _text[c]);
            }

            hash = SmartCnDictionaries.PairHash(hash, '@');
            double frequency = a.Frequency;
            var next = _firstAt[a.End];
            var nextEnd = _candidates[next].GroupEnd;
            for (var to = next; to < nextEnd; to++)
            {
                ref var b = ref _candidates[to];
                var pairHash = hash;
                for (var c = b.TextStart; c < b.TextStart + b.TextLength; c++)
                {
                    pairHash = SmartCnDictionaries.PairHash(pairHash, _text[c]);
                }

                var pairFrequency = pairs.Get(pairHash, 0);
                // Exactly SmartCn's expression and order of operations: ties must break the same way.
                var weight = -Math.Log(Smooth * (1.0 + frequency) / (MaxFrequency + 0.0)
                    + (1.0 - Smooth) * ((1.0 - Tiny) * pairFrequency / (1.0 + frequency) + Tiny));
                var cost = _cost[from] + weight;
                if (cost < _cost[to])
                {
                    _cost[to] = cost;
                    _previous[to] = from;
                }
            }
        }

        _path.Clear();
        for (var k = n - 1; k != 0; k = _previous[k])
        {
            _path.Add(k);
        }
    }

    /// <summary>The path's candidates without the sentence markers, normalised as SegTokenFilter does.</summary>
    private ReadOnlySpan<SegmentedWord> Words(ReadOnlySpan<char> s)
    {
        // _path runs from the end marker back to the first word.
        var count = _path.Count - 1;
        EnsureCapacity(ref _words, count);
        for (var w = 0; w < count; w++)
        {
            ref var c = ref _candidates[_path[_path.Count - 1 - w]];
            _words[w] = c.Type switch
            {
                WordType.CHINESE_WORD => new SegmentedWord(c.TextStart, c.TextLength, c.Start, c.End),
                WordType.DELIMITER => Append(Delimiter, c),
                _ => Normalise(Append(s[c.Start..c.End], c), c.Type),
            };
        }

        return _words.AsSpan(0, count);
    }

    /// <summary>A word whose term text is <paramref name="text"/>, appended to the text buffer.</summary>
    private SegmentedWord Append(ReadOnlySpan<char> text, in Candidate c)
    {
        EnsureText(text.Length);
        text.CopyTo(_text.AsSpan(_textLength));
        var word = new SegmentedWord(_textLength, text.Length, c.Start, c.End);
        _textLength += text.Length;
        return word;
    }

    /// <summary>SegTokenFilter: full-width letters and digits to half-width, then Basic Latin capitals to lower case.</summary>
    private SegmentedWord Normalise(SegmentedWord word, WordType type)
    {
        var fullWidth = type is WordType.FULLWIDTH_NUMBER or WordType.FULLWIDTH_STRING;
        var lower = fullWidth || type == WordType.STRING;
        var chars = _text.AsSpan(word.TextStart, word.TextLength);
        for (var i = 0; i < chars.Length; i++)
        {
            if (fullWidth && chars[i] >= 0xFF10)
            {
                chars[i] = (char)(chars[i] - 0xFEE0);
            }

            if (lower && chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + 0x20);
            }
        }

        return word;
    }

    private void Add(int start, int end, WordType type, int frequency, ReadOnlySpan<char> text)
    {
        EnsureText(text.Length);
        text.CopyTo(_text.AsSpan(_textLength));
        AddCandidate(start, end, type, frequency, _textLength, text.Length);
        _textLength += text.Length;
    }

    private void AddSharingText(int start, int end, int frequency, int textStart, int textLength) =>
        AddCandidate(start, end, WordType.CHINESE_WORD, frequency, textStart, textLength);

    private void AddCandidate(int start, int end, WordType type, int frequency, int textStart, int textLength)
    {
        if (_count == _candidates.Length)
        {
            Array.Resize(ref _candidates, _count * 2);
        }

        _candidates[_count++] = new Candidate
        {
            Start = start, End = end, Type = type, Frequency = frequency, TextStart = textStart, TextLength = textLength,
        };
    }

    private void EnsureText(int more)
    {
        if (_textLength + more > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + more));
        }
    }

    private static void EnsureCapacity<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }
    }

    private static CharType[] BuildCharTypes()
    {
        var types = new CharType[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            types[c] = Utility.GetCharType((char)c);
        }

        return types;
    }

    private struct Candidate
    {
        public int Start;
        public int End;
        public WordType Type;
        public int Frequency;
        public int TextStart;
        public int TextLength;
        public int GroupEnd;
    }

    /// <summary>SmartCn's placeholder words for unknown strings, numbers and the sentence markers, and their frequencies.</summary>
    private sealed class SpecialWords(WordTrie words)
    {
        public const string String = "未##串";
        public const string Number = "未##数";
        public const string Begin = "始##始";
        public const string End = "末##末";

        public int StringFrequency { get; } = words.Frequency(String);
        public int NumberFrequency { get; } = words.Frequency(Number);
        public int BeginFrequency { get; } = words.Frequency(Begin);
        public int EndFrequency { get; } = words.Frequency(End);
    }
}
