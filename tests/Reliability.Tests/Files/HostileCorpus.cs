using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Reliability.Tests.Infrastructure;

namespace Gongkai.Reliability.Tests.Files;

/// <summary>
/// One service over every hostile file plus ordinary 公文 beside them, ingested once for the
/// facts of <see cref="HostileFileTests"/>; it records how long the ingest took and the peak
/// memory of the process while it ran.
/// </summary>
public sealed class HostileCorpus : IAsyncLifetime
{
    public const int GoodFiles = 30;
    public static readonly TimeSpan IngestBound = TimeSpan.FromSeconds(90);

    public TestService Service { get; } = new TestService()
        .With("Ingest:MaxFileBytes", HostileFiles.MaxFileBytes.ToString())
        .With("Corpus:Watch", "false");

    public IReadOnlyList<HostileFile> Files { get; } = HostileFiles.All();
    public TimeSpan IngestTime { get; private set; }
    public long BaselineWorkingSet { get; private set; }
    public long PeakWorkingSet { get; private set; }
    public Dictionary<string, JsonElement> Failures { get; } = new();
    public JsonElement Status { get; private set; }

    public static string GoodNumber(int i) => $"张政发〔2018〕{i + 1}号";

    public async Task InitializeAsync()
    {
        foreach (var f in Files) Service.AddFile(f.Name, f.Bytes);
        for (var i = 0; i < GoodFiles; i++)
            Service.AddFile($"good/{i:D3}.txt", Fixtures.Gongwen(GoodNumber(i), $"关于正常文件第{i}号的通知", $"正常文件正文{i}，与坏文件放在一起也必须被索引。"));

        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        BaselineWorkingSet = process.WorkingSet64;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
                await Task.Delay(20);
            }
        });

        var clock = Stopwatch.StartNew();
        _ = Service.CreateClient();
        Status = await Service.WaitUntilReady(IngestBound);
        IngestTime = clock.Elapsed;
        await sampling.CancelAsync();
        await sampler;

        var rows = await Service.Staff().GetFromJsonAsync<JsonElement>("/api/failures");
        foreach (var row in rows.EnumerateArray()) Failures[row.GetProperty("source").GetString()!] = row;
    }

    public Task DisposeAsync()
    {
        Service.Dispose();
        return Task.CompletedTask;
    }
}
