namespace Gongkai.Import;

/// <summary>Command line: <c>&lt;folder&gt; [--data &lt;Data:Path&gt;] [--config &lt;appsettings.json&gt;]</c>.</summary>
public sealed record ImportArguments(string Folder, string? DataPath, string? ConfigPath)
{
    public const string Usage = """
        用法：dotnet run --project tools/Import -c Release -- <文件夹> [--data <数据目录>] [--config <appsettings.json>]
          <文件夹>   要导入的文件夹（作为语料根目录，来源路径相对于它）
          --data     数据目录（与服务的 Data:Path 相同；默认取配置中的 Data:Path）
          --config   配置文件（默认 src/SearchApi/appsettings.json：机关代字、机构代码、限额与服务一致）
        """;

    public static ImportArguments? Parse(IReadOnlyList<string> args)
    {
        string? folder = null, data = null, config = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Count: data = args[++i]; break;
                case "--config" when i + 1 < args.Count: config = args[++i]; break;
                case "-h" or "--help": return null;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || folder is not null) return null;
                    folder = args[i];
                    break;
            }
        }
        return folder is null ? null : new ImportArguments(folder, data, config);
    }
}
