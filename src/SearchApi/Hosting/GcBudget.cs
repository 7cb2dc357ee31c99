using System.Globalization;
using System.Runtime;

namespace Gongkai.SearchApi.Hosting;

/// <summary>
/// Says at start whether the runtime runs with the gen0 budget the service is measured with
/// (<c>DOTNET_GCgen0size</c>, README "Two commands"). The runtime reads it from the environment only, before
/// any of our code runs, so a deployment that starts the service without it is slower — ≈ 20 % fewer
/// computed searches a second at 200k documents (docs/benchmarks.md, session 12) — and nothing else says so.
/// </summary>
public static class GcBudget
{
    public const string Variable = "DOTNET_GCgen0size";
    /// <summary>The value measured (32 MB per heap); Properties/launchSettings.json and bench/run.sh set the same.</summary>
    public const string Measured = "0x2000000";
    /// <summary>The runtime's older prefix for the same setting, still read.</summary>
    private const string Legacy = "COMPlus_GCgen0size";

    public static void Log(ILogger log)
    {
        var name = Environment.GetEnvironmentVariable(Variable) is null && Environment.GetEnvironmentVariable(Legacy) is not null ? Legacy : Variable;
        var (level, message) = Describe(Environment.GetEnvironmentVariable(name), GCSettings.IsServerGC, name);
        log.Log(level, "{Message}", message);
    }

    /// <param name="value">The variable as set (the runtime reads it as hexadecimal), or null.</param>
    /// <param name="name">The variable it was read from (the legacy prefix names the same setting).</param>
    internal static (LogLevel Level, string Message) Describe(string? value, bool serverGc, string name = Variable)
    {
        var gc = serverGc ? "server GC" : "workstation GC";
        if (string.IsNullOrWhiteSpace(value))
            return (LogLevel.Warning, $"{gc}, {Variable} not set: the runtime's default gen0 budget collects every few MB under search load (≈ 20 % fewer searches a second at 200k documents); set {Variable}={Measured} where the service is started (README)");
        var digits = value.Trim();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) digits = digits[2..];
        if (!long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bytes) || bytes <= 0)
            return (LogLevel.Warning, $"{gc}, {name}={value} is not a hexadecimal byte count (the runtime reads hexadecimal: {Measured} is 32 MB)");
        return (LogLevel.Information, $"{gc}, gen0 budget {bytes / (1024.0 * 1024):0.#} MB per heap ({name}={value})");
    }
}
