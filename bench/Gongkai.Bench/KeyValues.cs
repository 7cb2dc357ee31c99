using System.Globalization;

namespace Gongkai.Bench;

/// <summary>
/// Figures as key=value lines on stdout: every measuring subcommand (ours and the Java peer's) runs
/// in its own process, so its peak RSS is its own, and the orchestrator reads them back this way.
/// </summary>
public sealed class KeyValues
{
    private readonly Dictionary<string, string> _values = new();

    public static KeyValues Parse(string stdout)
    {
        var kv = new KeyValues();
        foreach (var line in stdout.Split('\n'))
        {
            var i = line.IndexOf('=');
            if (i > 0 && !line[..i].Contains(' ')) kv._values[line[..i].Trim()] = line[(i + 1)..].Trim();
        }
        return kv;
    }

    public double this[string key] => _values.TryGetValue(key, out var v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;

    public string Text(string key) => _values.GetValueOrDefault(key, "");

    public static void Print(string key, double value) => Console.WriteLine(FormattableString.Invariant($"{key}={value}"));

    public static void Print(string key, string value) => Console.WriteLine($"{key}={value}");
}
