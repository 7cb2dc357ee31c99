using System.Buffers;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.SearchApi.Querying;

/// <summary>
/// A <see cref="BooleanQuery"/> of optional clauses (at least <see cref="BooleanQuery.MinimumNumberShouldMatch"/>
/// of them, none of the prohibited ones) that matches and scores exactly as one, but evaluates its clauses one
/// after the other into per-segment arrays instead of merging them document by document. A search's cheap form
/// (<see cref="RankedQuery.Match"/>) matches half of a 200k index for a common query: Lucene's
/// minimum-should-match scorer then spends most of its time keeping heaps of clause scorers in document order
/// (a heap step per posting per level), where adding each posting's score into an array is one step.
/// Nested instances whose coordination is disabled and that need no minimum (a concept: the sum of its
/// forms' scores; a bag of bigrams any one of which will do), at any depth, are evaluated term by term as
/// well, all of a clause's parts counting once toward it; a nested instance that needs several of its clauses (a
/// long word's bag of bigrams, 3 of 6) is summed on a board of its own, which its parent then reads in document order.
/// With a required clause (a quoted phrase) the query is scored as any <see cref="BooleanQuery"/>.
/// </summary>
/// <remarks>
/// Memory: a segment of n documents takes 13·n bytes while it is scored (pooled arrays). Scores are Lucene's,
/// summed in double as its disjunction scorers do; only the order of the additions differs.
/// </remarks>
public sealed class ClauseAtATimeQuery(bool disableCoord) : BooleanQuery(disableCoord)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new ClauseWeight(this, searcher, CoordDisabled);

    internal sealed class ClauseWeight(ClauseAtATimeQuery query, IndexSearcher searcher, bool disableCoord)
        : BooleanWeight(query, searcher, disableCoord)
    {
        private readonly ClauseAtATimeQuery _query = query;

        /// <summary>Scored one clause at a time: no required clause.</summary>
        private bool Flat => _query.Clauses.All(c => !c.IsRequired);

        /// <summary>Whether this query, as a clause of another, is the plain sum of its clauses (a concept; a bag any one of whose terms will do).</summary>
        internal bool Unrolls => Flat && _query.CoordDisabled && _query.MinimumNumberShouldMatch <= 1 && _query.Clauses.All(c => !c.IsProhibited);

        internal IEnumerable<Weight> Optional => m_weights.Where((_, i) => !_query.Clauses[i].IsProhibited);

        public override bool ScoresDocsOutOfOrder => !Flat && base.ScoresDocsOutOfOrder;

        public override BulkScorer GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs) =>
            Flat ? (GetScorer(context, acceptDocs) is { } s ? new ScorerBulk(s) : null!) : base.GetBulkScorer(context, scoreDocsInOrder, acceptDocs);

        public override Scorer GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (!Flat) return base.GetScorer(context, acceptDocs);
            var clauses = _query.Clauses;
            var need = Math.Max(1, _query.MinimumNumberShouldMatch);
            var optional = clauses.Count(c => !c.IsProhibited);
            if (optional < need) return null!;
            var coord = new float[optional + 1];
            for (var i = 0; i < coord.Length; i++) coord[i] = _query.CoordDisabled ? 1f : Coord(i, MaxCoord);

            var board = new Board(context.AtomicReader.MaxDoc);
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (clauses[i].IsProhibited) continue;
                Unroll(m_weights[i], context, acceptDocs, board, i);
            }
            for (var i = 0; i < m_weights.Count; i++)
                if (clauses[i].IsProhibited) board.Exclude(m_weights[i].GetScorer(context, acceptDocs));
            if (board.Empty)
            {
                board.Release();
                return null!;
            }
            return new BoardScorer(this, board, need, coord);
        }
    }

    /// <summary>Adds a clause's matches to the board: a sum of sums (a concept, a bag of bigrams any one of which will do) term by term.</summary>
    private static void Unroll(Weight weight, AtomicReaderContext context, IBits acceptDocs, Board board, int clause)
    {
        if (weight is ClauseWeight { Unrolls: true } sum)
            foreach (var part in sum.Optional) Unroll(part, context, acceptDocs, board, clause);
        else if (weight is CachedPostingsWeight cached && cached.TryCached(context, out var postings, out var scoring))
            board.Add(postings, scoring, acceptDocs, clause);
        else board.Add(weight.GetScorer(context, acceptDocs), clause);
    }

    /// <summary>One segment's sums and clause counts; a document is touched by a clause once however many forms match.</summary>
    private sealed class Board
    {
        public double[] Sums;
        public byte[] Counts;
        /// <summary>The last clause that counted each document (plus one; 0: none).</summary>
        private int[] _lastClause;
        public int First = int.MaxValue, Last = -1;

        public Board(int maxDoc)
        {
            Sums = ArrayPool<double>.Shared.Rent(Math.Max(1, maxDoc));
            Counts = ArrayPool<byte>.Shared.Rent(Math.Max(1, maxDoc));
            _lastClause = ArrayPool<int>.Shared.Rent(Math.Max(1, maxDoc));
            Array.Clear(Sums, 0, maxDoc);
            Array.Clear(Counts, 0, maxDoc);
            Array.Clear(_lastClause, 0, maxDoc);
        }

        public bool Empty => Last < 0;

        public void Add(Scorer? scorer, int clause)
        {
            if (scorer is null) return;
            var mark = clause + 1;
            int doc;
            var sums = Sums;
            var counts = Counts;
            var last = _lastClause;
            var first = -1;
            var previous = -1;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                sums[doc] += scorer.GetScore();
                Count(last, counts, doc, mark);
                if (first < 0) first = doc;
                previous = doc;
            }
            Bound(first, previous);
        }

        /// <summary>Postings from the cache: what <see cref="Add(Scorer?, int)"/> does with a term's or a phrase's scorer, in one loop over arrays.</summary>
        public void Add(CachedPostings postings, TermScoring scoring, IBits? acceptDocs, int clause)
        {
            var mark = clause + 1;
            var sums = Sums;
            var counts = Counts;
            var last = _lastClause;
            var docs = postings.Docs;
            var freqs = postings.Freqs;
            var norms = postings.LengthNorms;
            var first = -1;
            var previous = -1;
            for (var i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                // The entry holds the segment's deleted documents (and those a filter leaves out) too.
                if (acceptDocs is not null && !acceptDocs.Get(doc)) continue;
                // The same float operations as Lucene's BM25 scorer (TermScoring).
                sums[doc] += scoring.Score(freqs[i], norms[i]);
                Count(last, counts, doc, mark);
                if (first < 0) first = doc;
                previous = doc;
            }
            Bound(first, previous);
        }

        /// <summary>Counts a clause once for a document however many of its forms match there.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Count(int[] last, byte[] counts, int doc, int mark)
        {
            if (last[doc] == mark) return;
            last[doc] = mark;
            // More than 255 clauses never come from a typed query; the count saturates rather than wraps.
            if (counts[doc] < byte.MaxValue) counts[doc]++;
        }

        /// <summary>Documents come in order: the first and last of a list bound what it touched (none: -1).</summary>
        private void Bound(int first, int last)
        {
            if (first < 0) return;
            First = Math.Min(First, first);
            Last = Math.Max(Last, last);
        }

        public void Exclude(Scorer? scorer)
        {
            if (scorer is null) return;
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS) Counts[doc] = 0;
        }

        public void Release()
        {
            if (Counts.Length == 0) return;
            ArrayPool<double>.Shared.Return(Sums);
            ArrayPool<byte>.Shared.Return(Counts);
            ArrayPool<int>.Shared.Return(_lastClause);
            Sums = [];
            Counts = [];
            _lastClause = [];
        }
    }

    /// <summary>Walks a segment's board in document order: documents counted by enough clauses.</summary>
    private sealed class BoardScorer(Weight weight, Board board, int need, float[] coord) : Scorer(weight)
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => board.Counts[_doc];

        public override float GetScore() => (float)board.Sums[_doc] * coord[Math.Min(board.Counts[_doc], coord.Length - 1)];

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS) return _doc;
            var from = Math.Max(target, board.First);
            if (from <= board.Last)
            {
                // Vectorised: most of a common query's range holds documents counted by too few clauses.
                var found = board.Counts.AsSpan(from, board.Last - from + 1).IndexOfAnyInRange((byte)need, byte.MaxValue);
                if (found >= 0) return _doc = from + found;
            }
            board.Release();
            return _doc = NO_MORE_DOCS;
        }

        public override long GetCost() => board.Last - Math.Min(board.First, board.Last) + 1;
    }

    /// <summary>Feeds a collector from a scorer in document order (the default bulk scoring, which Lucene.Net keeps internal).</summary>
    private sealed class ScorerBulk(Scorer scorer) : BulkScorer
    {
        public override bool Score(ICollector collector, int max)
        {
            collector.SetScorer(scorer);
            var doc = scorer.DocID < 0 ? scorer.NextDoc() : scorer.DocID;
            for (; doc < max; doc = scorer.NextDoc()) collector.Collect(doc);
            return doc != DocIdSetIterator.NO_MORE_DOCS;
        }
    }
}
