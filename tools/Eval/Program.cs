using Gongkai.Eval;
using Gongkai.Eval.Relevance;

// Usage: dotnet run --project tools/Eval -c Release -- metadata [--shared ../shared] [--misses 15] [--only txt]
//        dotnet run --project tools/Eval -c Release -- relevance [--shared ../shared] [--data <folder>] [--rebuild] [--out <folder>]
switch (args.FirstOrDefault())
{
    case "metadata":
        return MetadataEvaluation.Run(EvalOptions.Parse(args[1..]), Console.Out);
    case "relevance":
        return RelevanceEvaluation.Run(RelevanceOptions.Parse(args[1..]), Console.Out);
    default:
        Console.Error.WriteLine("usage: Gongkai.Eval metadata [--shared ../shared] [--misses N] [--only EXT]");
        Console.Error.WriteLine("       Gongkai.Eval relevance [--shared ../shared] [--data FOLDER] [--rebuild] [--out FOLDER] [--show N]");
        return 2;
}
