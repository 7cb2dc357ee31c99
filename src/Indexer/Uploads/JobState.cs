namespace Gongkai.Indexer.Uploads;

/// <summary>Life of a staff job: queued → running → succeeded | failed. Stored as lower-case words.</summary>
public enum JobState { Queued, Running, Succeeded, Failed }
