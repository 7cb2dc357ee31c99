namespace Gongkai.Indexer.Uploads;

/// <summary>Where an import stands after each file: done of total, the file just finished, time so far.</summary>
public sealed record ImportProgress(int Done, int Total, string Source, TimeSpan Elapsed)
{
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan? Remaining => Done > 0 && Done < Total ? TimeSpan.FromSeconds((Total - Done) / FilesPerSecond) : null;
}
