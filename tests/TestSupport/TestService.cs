using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.TestSupport;

/// <summary>
/// The real service over its own small corpus and data folder in a temp directory, with
/// in-memory job storage. Each test class builds its own; nothing is shared between tests.
/// <see cref="StartKestrel"/> puts it on a real socket (browser tests, raw-byte requests).
/// </summary>
public class TestService : WebApplicationFactory<Program>
{
    public const string StaffKey = "test-staff-key";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Root { get; }
    public string CorpusPath => Path.Combine(Root, "corpus");
    public string DataPath => Path.Combine(Root, "data");
    private readonly Dictionary<string, string?> _settings = new();

    public TestService(string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(CorpusPath);
        Directory.CreateDirectory(DataPath);
    }

    /// <summary>Extra configuration, set before the service starts.</summary>
    public TestService With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Writes a file into the corpus; returns its path.</summary>
    public string AddFile(string relative, string text)
    {
        var path = Path.Combine(CorpusPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string AddFile(string relative, byte[] bytes)
    {
        var path = Path.Combine(CorpusPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Starts on a real Kestrel socket at 127.0.0.1 and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("localhost", "127.0.0.1").Replace("[::]", "127.0.0.1"));
    }

    /// <summary>Whether the running service maps <paramref name="method"/> <paramref name="route"/>.</summary>
    public bool HasEndpoint(string method, string route) =>
        Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Any(e => "/" + e.RoutePattern.RawText?.TrimStart('/') == route
                      && (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains(method) ?? true));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corpus:Path", CorpusPath);
        builder.UseSetting("Corpus:WatchDebounce", "00:00:00.300");
        builder.UseSetting("Data:Path", DataPath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Jobs:Storage", "InMemory");
        builder.UseSetting("Staff:ApiKeys:0", StaffKey);
        builder.UseSetting("Index:RefreshInterval", "00:00:00.100");
        builder.UseSetting("RateLimit:SearchesPerSecond", "100000");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
    }

    public HttpClient Staff()
    {
        var c = CreateClient();
        c.DefaultRequestHeaders.Add("X-Api-Key", StaffKey);
        return c;
    }

    /// <summary>Waits until the corpus scan finished and nothing is pending.</summary>
    public async Task<JsonElement> WaitUntilReady(TimeSpan? timeout = null)
    {
        var client = CreateClient();
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/api/status");
            if (status.GetProperty("ready").GetBoolean()) return status;
            if (DateTime.UtcNow > until) throw new TimeoutException("service not ready: " + status);
            await Task.Delay(100);
        }
    }

    /// <summary>Leave the folder behind on dispose (a restart test opens it again).</summary>
    public bool KeepFiles { get; set; }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        catch (InvalidOperationException)
        {
            // Test-host race, not a product fault: Program's app.Run() disposes the host as soon as
            // stopping begins while the factory is still running StopAsync, so the final index commit
            // can meet a closed catalog. A real process has one shutdown path, and after a missed
            // commit the next start replays the catalog (CatalogIndex.CatchUp) anyway.
        }
        if (disposing && !KeepFiles)
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
