using Gongkai.Core.Domain;
using Gongkai.SearchApi.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Gongkai.SearchApi.Staff.Catalog;

/// <summary>
/// Reads the multipart body of an upload: the <c>file</c> part and optional metadata fields named
/// like <see cref="ProvidedMetadata"/>'s properties (title, docNumber, publishedDate …). Size is
/// checked before the body is read when the client says it, and again on the file itself.
/// </summary>
public static class UploadForm
{
    public const string FileField = "file";

    // Room for the multipart boundaries and metadata fields around the file itself.
    private const long FormOverheadBytes = 1024 * 1024;

    public static async Task<(IFormFile File, ProvidedMetadata Metadata)> ReadAsync(HttpContext http, long maxBytes, CancellationToken cancel)
    {
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            throw new ApiException(ErrorCode.UnsupportedMediaType, "请以 multipart/form-data 上传，文件放在字段 file 中", FileField);
        if (request.ContentLength > maxBytes + FormOverheadBytes) throw TooLarge(maxBytes);

        // The server-wide body limit (30 MB by default) is raised to this call's own limit.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes + FormOverheadBytes;
        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = maxBytes + FormOverheadBytes }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancel).ConfigureAwait(false);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw TooLarge(maxBytes);
        }

        var file = form.Files.GetFile(FileField) ?? throw ApiException.BadParameter(FileField, "请在字段 file 中附上要上传的文件");
        if (file.Length > maxBytes) throw TooLarge(maxBytes);
        if (file.Length == 0) throw ApiException.BadParameter(FileField, "文件为空（0 字节）");
        return (file, MetadataOf(form));
    }

    private static ProvidedMetadata MetadataOf(IFormCollection form)
    {
        string? F(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;
        return new ProvidedMetadata
        {
            Title = F("title"),
            DocNumber = F("docNumber"),
            IndexNumber = F("indexNumber"),
            Organ = F("organ"),
            WrittenDate = F("writtenDate"),
            PublishedDate = F("publishedDate"),
            Category = F("category"),
            Kind = F("kind"),
            Validity = F("validity"),
            Openness = F("openness"),
            Genre = F("genre"),
            Url = F("url"),
            InterpretsDocNumber = F("interpretsDocNumber"),
            InterpretsTitle = F("interpretsTitle"),
            RepealedDate = F("repealedDate"),
            SupersededBy = F("supersededBy"),
        };
    }

    private static ApiException TooLarge(long maxBytes) =>
        new(ErrorCode.PayloadTooLarge, $"文件超过上传上限 {maxBytes / 1024.0 / 1024.0:0.#} MB", FileField);
}
