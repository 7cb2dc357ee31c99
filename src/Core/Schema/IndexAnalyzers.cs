using Gongkai.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Gongkai.Core.Schema;

/// <summary>
/// The analyzer of each text field, in one place: indexing and querying must agree on it.
/// Words fields use SmartCn (whole words rank high); grams fields use CJK bigrams (recall for
/// words SmartCn splits, e.g. 低保 → 低|保). Fields not listed are indexed as exact strings.
/// </summary>
public sealed class IndexAnalyzers : IDisposable
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public Analyzer Words { get; }
    public Analyzer Grams { get; }

    /// <summary>Per-field wrapper handed to the IndexWriter.</summary>
    public Analyzer PerField { get; }

    public IndexAnalyzers()
    {
        Words = new WordsAnalyzer();
        Grams = new GramsAnalyzer();
        PerField = new PerFieldAnalyzerWrapper(Words, new Dictionary<string, Analyzer>
        {
            [IndexFields.Title] = Words,
            [IndexFields.Body] = Words,
            [IndexFields.TitleGrams] = Grams,
            [IndexFields.BodyGrams] = Grams,
        });
    }

    public Analyzer For(string field) => field is IndexFields.TitleGrams or IndexFields.BodyGrams ? Grams : Words;

    public void Dispose()
    {
        PerField.Dispose();
        Words.Dispose();
        Grams.Dispose();
    }
}
