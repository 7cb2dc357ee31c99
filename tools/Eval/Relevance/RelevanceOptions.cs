namespace Gongkai.Eval.Relevance;

/// <param name="SharedPath">The ../shared folder (eval/, corpus/).</param>
/// <param name="DataPath">Data folder of the product (catalog.db + index/); reused when it holds a catalog, built otherwise.</param>
/// <param name="Rebuild">Rebuild the Lucene indexes from the catalog (after a schema or analysis change) without re-extracting.</param>
/// <param name="OutPath">Where the per-query tables are written.</param>
/// <param name="Show">How many failing queries of the product to print.</param>
/// <param name="Lines">How many wanted and how many returned documents to print per failing query.</param>
/// <param name="Explain">A query id: print the product's score explanation of its top 3 and of the wanted documents, and stop.</param>
public sealed record RelevanceOptions(string SharedPath, string DataPath, bool Rebuild, string OutPath, int Show, int Lines, string? Explain)
{
    public static RelevanceOptions Parse(string[] args)
    {
        var shared = "../shared";
        var data = Path.Combine(Path.GetTempPath(), "gongkai-relevance");
        string? output = null;
        var rebuild = false;
        var show = 40;
        var lines = 3;
        string? explain = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--shared": shared = args[++i]; break;
                case "--data": data = args[++i]; break;
                case "--out": output = args[++i]; break;
                case "--rebuild": rebuild = true; break;
                case "--show": show = int.Parse(args[++i]); break;
                case "--lines": lines = int.Parse(args[++i]); break;
                case "--explain": explain = args[++i]; break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }
        data = Path.GetFullPath(data);
        return new RelevanceOptions(Path.GetFullPath(shared), data, rebuild, Path.GetFullPath(output ?? Path.Combine(data, "relevance")), show, lines, explain);
    }
}
