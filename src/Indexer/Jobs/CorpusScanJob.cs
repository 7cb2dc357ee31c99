using Gongkai.Indexer.Indexing;
using Hangfire;

namespace Gongkai.Indexer.Jobs;

/// <summary>Hangfire entry point: compare the corpus folder with the catalog and queue the differences.</summary>
public sealed class CorpusScanJob(CorpusScanner scanner)
{
    [AutomaticRetry(Attempts = 2)]
    public void Run() => scanner.Scan();
}
