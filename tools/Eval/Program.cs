using Gongkai.Eval;

// Usage: dotnet run --project tools/Eval -c Release -- metadata [--shared ../shared] [--misses 15] [--only txt]
if (args.Length == 0 || args[0] != "metadata")
{
    Console.Error.WriteLine("usage: Gongkai.Eval metadata [--shared ../shared] [--misses N] [--only EXT]");
    return 2;
}
var options = EvalOptions.Parse(args[1..]);
return MetadataEvaluation.Run(options, Console.Out);
