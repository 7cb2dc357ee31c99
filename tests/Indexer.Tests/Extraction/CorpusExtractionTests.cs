using System.Diagnostics;
using System.Text.Json;
using Gongkai.Indexer.Extraction;
using Xunit;
using Xunit.Abstractions;

namespace Gongkai.Indexer.Tests.Extraction;

/// <summary>Runs the registry over the shared real corpus (../shared from the repo root) when it is present.</summary>
[Trait("Category", "Integration")]
public class CorpusExtractionTests(ITestOutputHelper output)
{
    private static string? SharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(Path.Combine(shared, "corpus")) ? shared : null;
            }
        return null;
    }

    [Fact]
    public void Every_pdf_docx_and_html_file_extracts_or_fails_with_a_reason()
    {
        var shared = SharedRoot();
        if (shared is null)
        {
            output.WriteLine("../shared/corpus not found; skipped.");
            return;
        }
        var corpus = Path.Combine(shared, "corpus");
        var extractors = new DocumentExtractors();
        var counts = new SortedDictionary<string, int>();
        var needsOcr = new HashSet<string>();
        var pdfTime = Stopwatch.StartNew();
        pdfTime.Stop();
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".pdf" or ".docx" or ".html");
        foreach (var file in files)
        {
            var ext = Path.GetExtension(file).ToLowerInvariant();
            string outcome;
            if (ext == ".pdf") pdfTime.Start();
            try
            {
                extractors.Extract(file, ExtractionLimits.Default);
                outcome = "ok";
            }
            catch (ExtractionException e)
            {
                outcome = e.Reason.ToString();
                if (e.Reason == FailureReason.NeedsOcr) needsOcr.Add(Path.GetRelativePath(corpus, file));
            }
            finally
            {
                pdfTime.Stop();
            }
            var key = $"{ext} {outcome}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        foreach (var (key, n) in counts) output.WriteLine($"{key}: {n}");
        output.WriteLine($"pdf seconds: {pdfTime.Elapsed.TotalSeconds:0.0}");

        // Reference: PDFs whose text poppler could not read into Chinese (no text layer or unmapped glyphs).
        foreach (var unreadable in UnreadablePdfs(shared))
            if (!unreadable.EndsWith("d5bcd1183b99f15b.pdf", StringComparison.Ordinal)) // PdfPig reads its text layer; poppler does not
                Assert.Contains(unreadable, needsOcr);
    }

    /// <summary>PDFs the corpus manifest marks as having no text, or whose reference text has almost no Chinese.</summary>
    private static IEnumerable<string> UnreadablePdfs(string shared)
    {
        var manifest = Path.Combine(shared, "corpus-truth", "MANIFEST.jsonl");
        if (!File.Exists(manifest)) yield break;
        foreach (var line in File.ReadLines(manifest))
        {
            var row = JsonDocument.Parse(line).RootElement;
            var file = row.GetProperty("file").GetString()!;
            var original = row.TryGetProperty("original_file", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : file;
            if (!original.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) continue;
            var hasText = row.GetProperty("has_text").GetBoolean();
            var truthJson = Path.Combine(shared, "corpus-truth", Path.ChangeExtension(original, ".json"));
            var cnChars = File.Exists(truthJson) && JsonDocument.Parse(File.ReadAllText(truthJson)).RootElement
                .TryGetProperty("cn_chars", out var c) ? c.GetInt32() : int.MaxValue;
            var textChars = row.TryGetProperty("text_chars", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
            // Garbled layers decode to a handful of Chinese characters in thousands of symbols.
            if (!hasText || cnChars < textChars / 10) yield return original.Replace('/', Path.DirectorySeparatorChar);
        }
    }
}
