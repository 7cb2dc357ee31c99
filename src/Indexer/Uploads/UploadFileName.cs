using System.Text;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Makes a client-given file name safe to store: the last path segment only, no control or
/// reserved characters, no leading/trailing dots or spaces (so "..", ".hidden" and "a/../../b"
/// cannot name anything outside the job's folder), at most 240 UTF-8 bytes with the extension
/// kept. Chinese and other letters are kept as they are: staff recognise their files by name.
/// </summary>
public static class UploadFileName
{
    private const int MaxUtf8Bytes = 240;
    private const string Fallback = "upload";
    private static readonly char[] Reserved = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string Sanitise(string? given)
    {
        var name = (given ?? "").Normalize(NormalizationForm.FormC).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
            if (!char.IsControl(c) && Array.IndexOf(Reserved, c) < 0 && c != '\uFFFD')
                clean.Append(c);
        var result = clean.ToString().Trim().Trim('.', ' ');
        if (result.Length == 0) return Fallback;
        return Shorten(result);
    }

    private static string Shorten(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxUtf8Bytes) return name;
        var ext = Path.GetExtension(name);
        if (ext.Length > 16) ext = "";
        var stem = name[..^ext.Length];
        while (stem.Length > 0 && Encoding.UTF8.GetByteCount(stem + ext) > MaxUtf8Bytes)
            stem = stem[..^(char.IsLowSurrogate(stem[^1]) && stem.Length > 1 ? 2 : 1)];
        return stem.Length == 0 ? Fallback + ext : stem + ext;
    }
}
