namespace Gongkai.Bench;

/// <summary>Medians and nearest-rank percentiles, the same definitions as the Java peer's.</summary>
public static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var s = values.Order().ToArray();
        if (s.Length == 0) return double.NaN;
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var s = values.Order().ToArray();
        if (s.Length == 0) return double.NaN;
        return s[Math.Clamp((int)Math.Ceiling(p * s.Length) - 1, 0, s.Length - 1)];
    }

    /// <summary>This process's garbage collections so far, by generation: "gen0/gen1/gen2".</summary>
    public static string GcCounts() => $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";

    /// <summary>Peak resident set of this process (kB), from /proc/self/status VmHWM.</summary>
    public static long PeakRssKb() => ProcStatus("self", "VmHWM:");

    public static long ProcStatus(string pid, string key)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return -1;
        foreach (var line in File.ReadLines(path))
            if (line.StartsWith(key, StringComparison.Ordinal))
                return long.Parse(new string(line.Where(char.IsAsciiDigit).ToArray()));
        return -1;
    }

    public static long TreeSize(string dir) =>
        Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
}
