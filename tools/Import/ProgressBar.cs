using Gongkai.Indexer.Uploads;

namespace Gongkai.Import;

/// <summary>
/// One console line redrawn in place: bar, files done / total, rate, ETA, the file just done. When
/// output is redirected (a log file, CI) it prints a plain line every few seconds instead.
/// </summary>
public sealed class ProgressBar(TextWriter output, bool interactive)
{
    private const int Width = 30;
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);
    private TimeSpan? _lastLogged;
    private DateTime _lastDrawn = DateTime.MinValue;

    public void Report(ImportProgress p)
    {
        var finished = p.Done == p.Total;
        if (interactive)
        {
            // Redrawing costs little, but not nothing: about 10 frames a second is enough for a person.
            if (!finished && DateTime.UtcNow - _lastDrawn < TimeSpan.FromMilliseconds(100)) return;
            _lastDrawn = DateTime.UtcNow;
            var filled = p.Total == 0 ? Width : (int)((long)p.Done * Width / p.Total);
            var line = $"[{new string('#', filled)}{new string('.', Width - filled)}] {Line(p)}  {Shorten(p.Source, 40)}";
            output.Write("\r" + line.PadRight(Math.Max(line.Length, SafeWidth())));
            if (finished) output.WriteLine();
        }
        else if (finished || _lastLogged is null || p.Elapsed - _lastLogged >= LogEvery)
        {
            _lastLogged = p.Elapsed;
            output.WriteLine(Line(p));
        }
    }

    private static string Line(ImportProgress p) =>
        $"{p.Done}/{p.Total} ({(p.Total == 0 ? 100 : 100.0 * p.Done / p.Total):0.0}%)  {p.FilesPerSecond:0.0} 个/秒  " +
        $"剩余 {(p.Remaining is { } r ? r.ToString(r.TotalHours >= 1 ? @"h\:mm\:ss" : @"mm\:ss") : "--:--")}";

    private static string Shorten(string s, int max) => s.Length <= max ? s : "…" + s[^(max - 1)..];

    private static int SafeWidth()
    {
        try { return Math.Max(0, Console.WindowWidth - 1); }
        catch (IOException) { return 0; }
    }
}
