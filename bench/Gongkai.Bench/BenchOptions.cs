namespace Gongkai.Bench;

/// <summary>Options of the <c>all</c> command (the defaults are what bench/run.sh runs).</summary>
public sealed record BenchOptions
{
    public string Repo { get; init; } = ".";
    public string Shared { get; init; } = "../shared";
    public string Out { get; init; } = "bench/out";
    public string Report { get; init; } = "docs/benchmarks.md";
    public string JavaClassPath { get; init; } = "";
    /// <summary>The service measured over HTTP (bench/run.sh passes its ReadyToRun publish).</summary>
    public string Service { get; init; } = "src/SearchApi/bin/Release/net10.0/Gongkai.SearchApi.dll";
    public int AnalysisRuns { get; init; } = 5;
    public int IngestRuns { get; init; } = 1;
    public int Workers { get; init; } = Gongkai.SearchApi.Hosting.JobsOptions.DefaultWorkers; // as the service runs ingest
    /// <summary>Documents of the scaled corpus ingested side by side with the peer.</summary>
    public int Scaled { get; init; } = 200_000;
    public int SearchSeconds { get; init; } = 20;
    public int Port { get; init; } = 5099;
    public bool SkipReal { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => args[++i];
            o = args[i] switch
            {
                "--repo" => o with { Repo = Next() },
                "--shared" => o with { Shared = Next() },
                "--out" => o with { Out = Next() },
                "--report" => o with { Report = Next() },
                "--java-cp" => o with { JavaClassPath = Next() },
                "--service" => o with { Service = Next() },
                "--analysis-runs" => o with { AnalysisRuns = int.Parse(Next()) },
                "--ingest-runs" => o with { IngestRuns = int.Parse(Next()) },
                "--workers" => o with { Workers = int.Parse(Next()) },
                "--scaled" => o with { Scaled = int.Parse(Next()) },
                "--search-seconds" => o with { SearchSeconds = int.Parse(Next()) },
                "--port" => o with { Port = int.Parse(Next()) },
                "--skip-real" => o with { SkipReal = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o with { Repo = Path.GetFullPath(o.Repo), Shared = Path.GetFullPath(o.Shared), Out = Path.GetFullPath(o.Out),
            Service = Path.GetFullPath(Path.Combine(o.Repo, o.Service)) };
    }
}
