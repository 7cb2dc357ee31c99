using System.Diagnostics;

namespace Gongkai.Bench;

/// <summary>
/// The real service over HTTP: started from its Release build on a prebuilt data folder, loaded
/// with wrk (bounded by -d) rotating through the query mix; latency with one connection, the
/// 文号 lookups alone, then searches/s at saturation; the service's RSS afterwards.
/// The public rate limit is lifted by configuration (it would otherwise answer 429 to wrk).
/// </summary>
/// <param name="service">The service's entry assembly (bench/run.sh: its ReadyToRun publish); it runs in src/SearchApi, its content root.</param>
public sealed class HttpBench(string repo, string service, string outDir, int port)
{
    private string Base => $"http://127.0.0.1:{port}";

    /// <param name="settings">More configuration, as command-line arguments (--Search:CachedResults=0).</param>
    public Process Start(string data, string corpus, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(repo, "src/SearchApi"), UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var a in (string[])[service, $"--Data:Path={data}", $"--Corpus:Path={corpus}", "--Corpus:Watch=false", "--urls", Base,
                     "--RateLimit:SearchesPerSecond=1000000", "--Logging:LogLevel:Default=Warning", .. settings])
            info.ArgumentList.Add(a);
        var p = Process.Start(info) ?? throw new InvalidOperationException("cannot start the service");
        p.OutputDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        return p;
    }

    /// <summary>Seconds from <paramref name="started"/> until /api/search answers 200.</summary>
    public double WaitForFirstAnswer(Process service, Stopwatch started, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (started.Elapsed < limit)
        {
            if (service.HasExited) throw new InvalidOperationException($"the service exited with {service.ExitCode}");
            try
            {
                if (http.GetAsync($"{Base}/api/search?q=%E9%80%9A%E7%9F%A5").Result.IsSuccessStatusCode) return started.Elapsed.TotalSeconds;
            }
            catch (AggregateException) { }
            Thread.Sleep(20);
        }
        return double.NaN;
    }

    /// <summary>Seconds until /api/status says "warm" (every segment's copy table built): the steady state measured.</summary>
    public double WaitUntilWarm(TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var status = http.GetStringAsync($"{Base}/api/status").Result;
            if (status.Contains("\"warm\":true", StringComparison.Ordinal)) return clock.Elapsed.TotalSeconds;
            Thread.Sleep(200);
        }
        throw new TimeoutException("the service did not get warm within " + limit);
    }

    /// <summary>Searches the service answered from its ranking cache, and computed, since it started (/api/status).</summary>
    public (long FromCache, long Computed) SearchCounts()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        using var status = System.Text.Json.JsonDocument.Parse(http.GetStringAsync($"{Base}/api/status").Result);
        return (status.RootElement.GetProperty("searchesFromCache").GetInt64(), status.RootElement.GetProperty("searchesComputed").GetInt64());
    }

    public KeyValues Wrk(IEnumerable<MixQuery> queries, string name, int threads, int connections, int seconds)
    {
        var paths = Path.Combine(outDir, $"wrk-{name}.paths");
        File.WriteAllLines(paths, queries.Select(q => q.Path()));
        var script = Path.Combine(outDir, "mix.lua");
        File.WriteAllText(script, LuaScript);
        Environment.SetEnvironmentVariable("BENCH_PATHS", paths);
        return ChildProcess.Run("wrk", ["-t", threads.ToString(), "-c", connections.ToString(), "-d", $"{seconds}s", "--timeout", "5s", "-s", script, Base]);
    }

    public static void Stop(Process service)
    {
        if (!service.HasExited) service.Kill(entireProcessTree: true);
        service.WaitForExit();
    }

    // Each wrk thread has its own Lua state; threads start at different offsets of the same rotation.
    private const string LuaScript = """
        local paths = {}
        for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
        local i = 0
        local counter = 0
        function setup(thread) counter = counter + 1; thread:set("i", counter * 7919) end
        function request()
          i = i + 1
          return wrk.format("GET", paths[(i % #paths) + 1])
        end
        function done(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("p50_ms=%f\np95_ms=%f\np99_ms=%f\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
          io.write(string.format("requests=%d\nqps=%f\nerrors=%d\n", summary.requests, summary.requests / (summary.duration / 1e6), e.connect + e.read + e.write + e.status + e.timeout))
        end
        """;
}
