namespace Gongkai.Indexer.Uploads;

/// <summary>Options of staff uploads (section "Uploads").</summary>
public sealed class UploadOptions
{
    /// <summary>Largest uploaded file accepted, in bytes; larger uploads answer 413 payload_too_large.</summary>
    public long MaxBytes { get; set; } = 50L * 1024 * 1024;
}
