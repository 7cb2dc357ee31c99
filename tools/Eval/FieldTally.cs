namespace Gongkai.Eval;

/// <summary>Correct/total for one field, and the misses in file order.</summary>
public sealed class FieldTally
{
    public int Correct { get; private set; }
    public int Total { get; private set; }
    public List<(string File, string? Got, string Expected)> Misses { get; } = [];

    public string Accuracy => Total == 0 ? "-" : $"{100.0 * Correct / Total:F1}%";

    public void Add(bool ok, string file, string? got, string expected)
    {
        Total++;
        if (ok) Correct++;
        else Misses.Add((file, got, expected));
    }
}
