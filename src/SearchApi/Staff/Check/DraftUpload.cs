using Gongkai.Indexer.Extraction;
using Gongkai.Indexer.Indexing;
using Gongkai.SearchApi.Errors;

namespace Gongkai.SearchApi.Staff.Check;

/// <summary>
/// Reads an uploaded draft (.docx, .pdf, .txt …) through the same extractors as the indexer: the
/// upload is written to a temporary file with its extension, extracted, and deleted.
/// </summary>
public sealed class DraftUpload(DocumentExtractors extractors, Microsoft.Extensions.Options.IOptions<IngestLimits> limits)
{
    public static readonly string[] Extensions = [".docx", ".pdf", ".txt"];

    public async Task<string> TextOf(IFormFile file, CancellationToken ct)
    {
        var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Extensions.Contains(ext))
            throw new ApiException(ErrorCode.UnsupportedMediaType, $"参数 file 无效：只支持 {string.Join("、", Extensions)}，收到 “{ext}”", "file");
        if (file.Length > limits.Value.MaxFileBytes)
            throw new ApiException(ErrorCode.PayloadTooLarge, $"参数 file 过大：上限 {limits.Value.MaxFileBytes / 1024 / 1024} MB", "file");
        var path = Path.Combine(Path.GetTempPath(), "gongkai-check-" + Guid.NewGuid().ToString("N") + ext);
        try
        {
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            return extractors.Extract(path, limits.Value.ToExtractionLimits()).Text;
        }
        catch (ExtractionException e)
        {
            throw ApiException.BadParameter("file", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
