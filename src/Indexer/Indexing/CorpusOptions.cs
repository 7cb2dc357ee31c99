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

    /// <summary>
    /// Largest share of the catalog's corpus documents one scan may remove because their files are gone (catalogs of
    /// <see cref="RemovalGuardMinimum"/> documents or more). Above it the scan removes nothing and logs an error: a
    /// folder that was not mounted, or a wrong Corpus:Path, must not withdraw the catalog. 1 turns the guard off.
    /// A missing or empty folder never removes anything.
    /// </summary>
    public double MaxRemovalShare { get; set; } = 0.5;

    public int RemovalGuardMinimum { get; set; } = 20;
}
