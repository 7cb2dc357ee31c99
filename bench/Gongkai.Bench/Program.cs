using Gongkai.Bench;

// Subcommands that measure run in their own process (peak RSS is then theirs alone); "all" runs
// them side by side with the Java peer and writes the report. See bench/run.sh and docs/benchmarks.md.
var a = args;
switch (a.FirstOrDefault())
{
    case "analyze":
        AnalysisBench.Run(a[1], int.Parse(a[2]));
        break;
    case "sample":
        AnalysisBench.WriteSample(a[1], a[2], 1_000_000);
        break;
    case "generate":
        CorpusGenerator.Generate(a[1], a[2], int.Parse(a[3]));
        break;
    case "ingest":
        // ingest <corpus> <data> <workers> <rebuild:true|false> [export.tsv] [mix.tsv]
        IngestBench.Run(a[1], a[2], int.Parse(a[3]), bool.Parse(a[4]), a.ElementAtOrDefault(5), a.ElementAtOrDefault(6));
        break;
    case "search":
        SearchBench.Run(a[1], a[2], int.Parse(a[3]), int.Parse(a[4]));
        break;
    case "costs":
        // costs <data> <mix.tsv> [runs]: per query, total hits and median ms, costliest first
        QueryCosts.Run(a[1], a[2], a.Length > 3 ? int.Parse(a[3]) : 3);
        break;
    case "rebuild":
        // rebuild <corpus> <data>: index-only cost on an existing data folder
        RebuildBench.Run(a[1], a[2]);
        break;
    case "mix":
        // mix <data> <mix.tsv>: the query mix drawn from an existing data folder (e.g. a copy of the real corpus's)
        using (var product = new Product(Path.Combine(a[1], "no-corpus"), a[1]))
            QueryMix.Write(product.Get<Gongkai.Indexer.Indexing.CatalogIndex>(), a[2]);
        break;
    case "merge":
        // merge <data> <segments>: force-merges a data folder's index (to measure what segment count costs searches)
        using (var dir = Lucene.Net.Store.FSDirectory.Open(Path.Combine(a[1], "index")))
        using (var writer = new Lucene.Net.Index.IndexWriter(dir, new Lucene.Net.Index.IndexWriterConfig(Gongkai.Core.Schema.IndexAnalyzers.Version, null)))
            writer.ForceMerge(int.Parse(a[2]));
        break;
    case "first":
        // first <data>: seconds of the first searches after the product opens a prebuilt data folder (start-up cost)
        FirstSearch.Run(a[1]);
        break;
    case "profile":
        StageProfile.Run(a[1], a[2], int.Parse(a[3]));
        break;
    case "allocs":
        // allocs <data> <mix.tsv>: what a search allocates, by type
        AllocTrace.Run(a[1], a[2]);
        break;
    case "all":
        new Orchestrator(BenchOptions.Parse(a[1..])).Run();
        break;
    default:
        Console.Error.WriteLine("usage: Gongkai.Bench all [--scaled N] [--workers N] … | analyze | generate | ingest | search");
        return 2;
}
return 0;
