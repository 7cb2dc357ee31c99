using System.Security.Cryptography;
using Gongkai.Indexer.Catalog;
using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Indexer.Indexing;

/// <summary>
/// The pipeline for one file: extract → understand → catalog → index. Idempotent: a retried or
/// duplicated job for an unchanged file does nothing, a changed file updates its document by key.
/// A file that cannot be read is recorded with its reason and never stops the run.
/// </summary>
public sealed class IngestService(
    IOptions<CorpusOptions> corpus, DocumentExtractors extractors, GongwenReader reader, OrganDirectory organs, DocumentAssembler assembler,
    SidecarReader sidecars, CatalogIndex index, CorpusScanner scanner, IOptions<IngestLimits> limits, ILogger<IngestService> log)
{
    /// <summary>Ingests the corpus file at <paramref name="source"/> (relative to the corpus root).</summary>
    public IngestOutcome IngestCorpusFile(string source)
    {
        var root = Path.GetFullPath(corpus.Value.Path);
        var path = Path.GetFullPath(Path.Combine(root, source));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"source escapes the corpus folder: {source}", nameof(source));
        if (!File.Exists(path))
        {
            index.RemoveSource(source);
            return IngestOutcome.Removed;
        }
        var (size, ticks) = scanner.Fingerprint(path);
        return Ingest(source, path, size, ticks, () => sidecars.Read(root, path, source));
    }

    /// <summary>Ingests a file kept outside the corpus (an upload), with metadata given alongside.</summary>
    public IngestOutcome IngestStoredFile(string source, string path, Core.Domain.ProvidedMetadata given)
    {
        var info = new FileInfo(path);
        return Ingest(source, path, info.Length, info.LastWriteTimeUtc.Ticks, () => given);
    }

    private IngestOutcome Ingest(string source, string path, long size, long ticks, Func<Core.Domain.ProvidedMetadata> given)
    {
        var known = index.Store.GetSource(source);
        if (known is not null && known.IsUnchanged(size, ticks)) return IngestOutcome.Unchanged;

        try
        {
            var extracted = ExtractWithRetry(path);
            var metadata = extracted.Given.OverlaidWith(given());
            var facts = reader.Read(extracted.Text, new UnderstandingHints(source, organs, metadata.Title));
            var document = assembler.Assemble(source, extracted.Text, facts, metadata, HashOf(path));
            index.Save(document, size, ticks);
            return IngestOutcome.Indexed;
        }
        catch (ExtractionException e)
        {
            index.RecordFailure(source, size, ticks, e.Reason, e.Message);
            log.LogInformation("{Source}: {Reason} — {Message}", source, e.Reason, e.Message);
            return IngestOutcome.Failed;
        }
        catch (InvalidDataException e)
        {
            index.RecordFailure(source, size, ticks, FailureReason.Corrupt, e.Message);
            return IngestOutcome.Failed;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ObjectDisposedException)
        {
            // A defect must not leave the file pending forever (status would never be ready) nor stop the run.
            log.LogError(e, "{Source}: unexpected failure", source);
            index.RecordFailure(source, size, ticks, FailureReason.Internal, $"{Path.GetFileName(source)}：处理时出错（{e.GetType().Name}: {e.Message}）");
            return IngestOutcome.Failed;
        }
    }

    private ExtractedDocument ExtractWithRetry(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return extractors.Extract(path, limits.Value.ToExtractionLimits());
            }
            catch (ExtractionException e) when (e.IsRetryable && attempt < corpus.Value.TransientAttempts)
            {
                Thread.Sleep(corpus.Value.TransientDelay * attempt);
            }
        }
    }

    private static string? HashOf(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (IOException)
        {
            return null;
        }
    }
}

public enum IngestOutcome { Indexed, Unchanged, Failed, Removed }
