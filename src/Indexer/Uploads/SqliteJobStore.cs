using System.Text.Json;
using Gongkai.Core.Domain;
using Microsoft.Data.Sqlite;

namespace Gongkai.Indexer.Uploads;

/// <summary>
/// Job records in a <c>jobs</c> table of the catalog database (its own connection; SQLite in WAL
/// mode lets it sit beside the catalog's). Rows are tiny and written a few times per job.
/// </summary>
public sealed class SqliteJobStore : IJobStore, IDisposable
{
    private const string Columns = "id,kind,source,state,error,document_id,metadata,created,updated";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection _db;
    private readonly Lock _gate = new();

    public SqliteJobStore(string catalogPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(catalogPath))!);
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = catalogPath, Pooling = false }.ToString());
        _db.Open();
        Exec("""
             PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;
             CREATE TABLE IF NOT EXISTS jobs(
                 id TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT, state TEXT NOT NULL, error TEXT,
                 document_id TEXT, metadata TEXT, created TEXT NOT NULL, updated TEXT NOT NULL);
             CREATE INDEX IF NOT EXISTS jobs_source ON jobs(source);
             """);
    }

    public JobRecord Create(JobKind kind, string? source, ProvidedMetadata? metadata, string? id = null)
    {
        var now = DateTimeOffset.UtcNow;
        var job = new JobRecord(id ?? NewId(), kind, source, JobState.Queued, null, null, metadata, now, now);
        Exec($"INSERT INTO jobs({Columns}) VALUES($i,$k,$s,$t,NULL,NULL,$m,$c,$c)",
            ("$i", job.Id), ("$k", Word(kind)), ("$s", (object?)source ?? DBNull.Value), ("$t", Word(JobState.Queued)),
            ("$m", metadata is null ? DBNull.Value : JsonSerializer.Serialize(metadata, Json)), ("$c", now.ToString("O")));
        return job;
    }

    public JobRecord? Get(string id) => Query($"SELECT {Columns} FROM jobs WHERE id=$i", ("$i", id)).FirstOrDefault();

    public JobRecord? FindBySource(string source) =>
        Query($"SELECT {Columns} FROM jobs WHERE source=$s ORDER BY created DESC LIMIT 1", ("$s", source)).FirstOrDefault();

    public IReadOnlyList<JobRecord> Unfinished(JobKind kind) =>
        Query($"SELECT {Columns} FROM jobs WHERE kind=$k AND state IN ('queued','running') ORDER BY created", ("$k", Word(kind)));

    public void SetState(string id, JobState state, string? error = null, string? documentId = null) =>
        Exec("UPDATE jobs SET state=$t, error=$e, document_id=COALESCE($d, document_id), updated=$u WHERE id=$i",
            ("$i", id), ("$t", Word(state)), ("$e", (object?)error ?? DBNull.Value), ("$d", (object?)documentId ?? DBNull.Value),
            ("$u", DateTimeOffset.UtcNow.ToString("O")));

    public void Dispose() => _db.Dispose();

    /// <summary>Short, unguessable, safe as a folder name.</summary>
    private static string NewId() => Guid.NewGuid().ToString("N")[..16];

    private static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static JobRecord Read(SqliteDataReader r) => new(
        r.GetString(0), Enum.Parse<JobKind>(r.GetString(1), ignoreCase: true), r.IsDBNull(2) ? null : r.GetString(2),
        Enum.Parse<JobState>(r.GetString(3), ignoreCase: true), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : JsonSerializer.Deserialize<ProvidedMetadata>(r.GetString(6), Json),
        DateTimeOffset.Parse(r.GetString(7)), DateTimeOffset.Parse(r.GetString(8)));

    private void Exec(string sql, params (string Name, object Value)[] args)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, args);
            cmd.ExecuteNonQuery();
        }
    }

    private List<JobRecord> Query(string sql, params (string Name, object Value)[] args)
    {
        lock (_gate)
        {
            using var cmd = Command(sql, args);
            using var r = cmd.ExecuteReader();
            var list = new List<JobRecord>();
            while (r.Read()) list.Add(Read(r));
            return list;
        }
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }
}
