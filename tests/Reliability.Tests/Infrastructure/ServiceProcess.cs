using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Gongkai.Reliability.Tests.Infrastructure;

/// <summary>
/// The real service as its own OS process (the Release build of src/SearchApi), so that a test can
/// SIGKILL it mid-write the way a power cut or the OOM killer would, and start it again on the
/// same data folder.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    public const string StaffKey = "crash-test-key";
    private static readonly Lazy<string> Build = new(BuildRelease, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    public Uri Address { get; }
    public HttpClient Client { get; }
    public HttpClient Staff { get; }

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Staff = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Staff.DefaultRequestHeaders.Add("X-Api-Key", StaffKey);
    }

    /// <summary>Starts the service on a free port and waits until it answers /api/status.</summary>
    public static async Task<ServiceProcess> Start(string corpus, string data, params string[] settings)
    {
        var dll = Build.Value;
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            // appsettings.json (organ codes, 代字 → organ) is read from the content root, the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[]
                 {
                     dll, $"--Corpus:Path={corpus}", $"--Data:Path={data}", $"--urls=http://127.0.0.1:{port}", "--Jobs:Storage=SQLite",
                     $"--Staff:ApiKeys:0={StaffKey}", "--Corpus:Watch=false", "--Jobs:InvisibilityTimeout=00:00:05",
                     "--RateLimit:SearchesPerSecond=100000", "--Logging:LogLevel:Default=Warning",
                 }.Concat(settings))
            info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => { lock (service._log) service._log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (service._log) service._log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitAnswering(TimeSpan.FromSeconds(90));
        return service;
    }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task<JsonElement> Status() => await Client.GetFromJsonAsync<JsonElement>("/api/status");

    public async Task<JsonElement> WaitReady(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await Status();
            if (status.GetProperty("ready").GetBoolean()) return status;
            if (DateTime.UtcNow > until) throw new TimeoutException("not ready: " + status + "\n" + Log);
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no final commit, no flush.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private async Task WaitAnswering(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"service exited with {_process.ExitCode}:\n{Log}");
            try
            {
                using var r = await Client.GetAsync("/api/status");
                if (r.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            if (DateTime.UtcNow > until) throw new TimeoutException("service did not answer:\n" + Log);
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Search.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("Search.sln not found above " + AppContext.BaseDirectory);
    }

    private static string BuildRelease()
    {
        var root = RepoRoot();
        var project = Path.Combine(root, "src", "SearchApi", "Gongkai.SearchApi.csproj");
        var info = new ProcessStartInfo("dotnet", ["build", project, "-c", "Release", "-v", "q", "-nologo"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var build = Process.Start(info)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        build.WaitForExit();
        if (build.ExitCode != 0) throw new InvalidOperationException("Release build failed:\n" + output.Result + errors.Result);
        return Path.Combine(root, "src", "SearchApi", "bin", "Release", "net10.0", "Gongkai.SearchApi.dll");
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        Client.Dispose();
        Staff.Dispose();
    }
}
