namespace Gongkai.Eval;

/// <param name="SharedPath">The ../shared folder (eval/, corpus/, corpus-truth/).</param>
/// <param name="MissesShown">How many misses to print per field.</param>
/// <param name="OnlyExtension">Restrict to files with this extension ("txt"), or null for all.</param>
public sealed record EvalOptions(string SharedPath, int MissesShown, string? OnlyExtension)
{
    public static EvalOptions Parse(string[] args)
    {
        var shared = "../shared";
        var misses = 15;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shared": shared = args[++i]; break;
                case "--misses": misses = int.Parse(args[++i]); break;
                case "--only": only = args[++i].TrimStart('.'); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }
        return new EvalOptions(shared, misses, only);
    }
}
