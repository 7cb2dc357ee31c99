namespace Gongkai.Indexer.Indexing;

/// <summary>Options of the corpus folder (section "Corpus").</summary>
public sealed class CorpusOptions
{
    /// <summary>Folder indexed and watched; sources are paths relative to it.</summary>
    public string Path { get; set; } = "corpus";

    /// <summary>Re-scan when files change (FileSystemWatcher), debounced by <see cref="WatchDebounce"/>.</summary>
    public bool Watch { get; set; } = true;

    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts for a file that cannot be read right now (locked, I/O) before it is recorded as failed.</summary>
    public int TransientAttempts { get; set; } = 3;

    public TimeSpan TransientDelay { get; set; } = TimeSpan.FromMilliseconds(300);
}
