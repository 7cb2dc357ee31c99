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
