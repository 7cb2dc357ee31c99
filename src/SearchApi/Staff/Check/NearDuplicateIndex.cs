using Gongkai.Core.Domain;
using Gongkai.Indexer.Catalog;
using Microsoft.Extensions.Options;

namespace Gongkai.SearchApi.Staff.Check;

/// <summary>
/// MinHash/LSH index over every catalog document's distinctive shingles, with the document-frequency
/// table that decides what is boilerplate. Built lazily from <see cref="ICatalogStore.ChangedSince"/>
/// on the first check, then kept current incrementally from the catalog's sequence numbers; the
/// boilerplate table is recomputed when a large share of the catalog changed. All access is under
/// one lock: lookups take microseconds, only the (rare) full build takes seconds.
/// </summary>
public sealed class NearDuplicateIndex(ICatalogStore store, IOptions<StaffCheckOptions> options)
{
    private readonly object _gate = new();
    private readonly StaffCheckOptions _options = options.Value;
    private bool _built;
    private long _seq;
    private int _changedSinceBuild;
    private int _documentsAtBuild;
    private HashSet<ulong> _common = [];
    private readonly List<string?> _ids = [];
    private readonly Dictionary<string, int> _slotOf = [];
    private readonly Dictionary<ulong, List<int>> _bands = [];

    /// <summary>Documents the table was computed over, and how many documents a boilerplate shingle is in at least.</summary>
    public (int Documents, int CommonAt) Stats { get { lock (_gate) return (_documentsAtBuild, CommonAt(_documentsAtBuild)); } }

    /// <summary>True when the shingle occurs in so many documents that it says nothing about the draft.</summary>
    public bool IsCommon(ulong shingle) { lock (_gate) return _common.Contains(shingle); }

    /// <summary>The draft's shingles without boilerplate.</summary>
    public HashSet<ulong> Distinctive(ShingleText text)
    {
        var all = text.Shingles();
        lock (_gate)
        {
            Refresh();
            all.ExceptWith(_common);
        }
        return all;
    }

    /// <summary>Ids of documents that share at least one LSH band with the draft, most shared bands first.</summary>
    public IReadOnlyList<string> Candidates(IReadOnlyCollection<ulong> distinctive)
    {
        if (distinctive.Count < _options.MinDistinctiveShingles) return [];
        var sig = MinHasher.Signature(distinctive);
        lock (_gate)
        {
            Refresh();
            var hits = new Dictionary<int, int>();
            for (var b = 0; b < MinHasher.Bands; b++)
            {
                if (!_bands.TryGetValue(MinHasher.BandKey(sig, b), out var slots)) continue;
                foreach (var s in slots) hits[s] = hits.GetValueOrDefault(s) + 1;
            }
            return hits.Where(h => _ids[h.Key] is not null)
                .OrderByDescending(h => h.Value).Take(_options.MaxCandidates)
                .Select(h => _ids[h.Key]!).ToList();
        }
    }

    private void Refresh()
    {
        var last = store.LastSequence;
        if (_built && last == _seq) return;
        if (!_built || _changedSinceBuild > _options.RebuildAfterChangedShare * Math.Max(1, _documentsAtBuild))
        {
            Build(last);
            return;
        }
        var seen = _seq;
        foreach (var (seq, doc) in store.ChangedSince(_seq))
        {
            Add(doc, doc.Text.Length == 0 ? [] : ShingleText.Of(doc.Text).Shingles());
            seen = Math.Max(seen, seq);
            _changedSinceBuild++;
        }
        foreach (var (seq, id) in store.RemovedSince(_seq))
        {
            Remove(id);
            seen = Math.Max(seen, seq);
            _changedSinceBuild++;
        }
        _seq = Math.Max(seen, last);
    }

    private void Build(long last)
    {
        _ids.Clear();
        _slotOf.Clear();
        _bands.Clear();
        var docs = new List<(CatalogDocument Doc, ulong[] Shingles)>();
        var seen = 0L;
        long total = 0;
        foreach (var (seq, doc) in store.ChangedSince(0))
        {
            var shingles = doc.Text.Length == 0 ? [] : ShingleText.Of(doc.Text).Shingles().ToArray();
            docs.Add((doc with { Text = "" }, shingles));
            total += shingles.Length;
            seen = Math.Max(seen, seq);
        }

        // Document frequency by sorting every document's distinct shingles: one flat array instead of a
        // dictionary of millions of entries; only the (few) common shingles are kept.
        var all = new ulong[total];
        var at = 0;
        foreach (var (_, s) in docs) { s.CopyTo(all, at); at += s.Length; }
        Array.Sort(all);
        var commonAt = CommonAt(docs.Count);
        var common = new HashSet<ulong>();
        for (var i = 0; i < all.Length;)
        {
            var j = i;
            while (j < all.Length && all[j] == all[i]) j++;
            if (j - i >= commonAt) common.Add(all[i]);
            i = j;
        }
        _common = common;
        all = null;

        foreach (var (doc, s) in docs) Add(doc, s);
        _documentsAtBuild = docs.Count;
        _changedSinceBuild = 0;
        _seq = Math.Max(seen, last);
        _built = true;
    }

    private int CommonAt(int documents) => Math.Max(_options.MinCommonDocuments, (int)Math.Ceiling(documents * _options.CommonDocumentShare));

    private void Add(CatalogDocument doc, IEnumerable<ulong> shingles)
    {
        Remove(doc.Id);
        var distinctive = shingles.Where(s => !_common.Contains(s)).ToList();
        if (distinctive.Count < _options.MinDistinctiveShingles) return;
        var slot = _ids.Count;
        _ids.Add(doc.Id);
        _slotOf[doc.Id] = slot;
        var sig = MinHasher.Signature(distinctive);
        for (var b = 0; b < MinHasher.Bands; b++)
        {
            var key = MinHasher.BandKey(sig, b);
            if (!_bands.TryGetValue(key, out var list)) _bands[key] = list = [];
            list.Add(slot);
        }
    }

    private void Remove(string id)
    {
        if (_slotOf.Remove(id, out var slot)) _ids[slot] = null;
    }
}
