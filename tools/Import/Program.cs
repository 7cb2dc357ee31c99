using Gongkai.Import;
using Gongkai.Indexer.Hosting;
using Gongkai.Indexer.Indexing;
using Gongkai.Indexer.Uploads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Exit codes: 0 imported (failed files are listed, not fatal), 1 usage or setup error, 2 the data folder is in use.
Console.OutputEncoding = System.Text.Encoding.UTF8;
if (ImportArguments.Parse(args) is not { } arguments)
{
    Console.Error.WriteLine(ImportArguments.Usage);
    return 1;
}
var folder = Path.GetFullPath(arguments.Folder);
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"文件夹不存在：{folder}");
    return 1;
}

var configPath = arguments.ConfigPath is { } c ? Path.GetFullPath(c)
    : RepositoryPath.Root(Directory.GetCurrentDirectory()) is { } repo ? Path.Combine(repo, "src", "SearchApi", "appsettings.json") : null;
if (arguments.ConfigPath is not null && !File.Exists(configPath))
{
    Console.Error.WriteLine($"配置文件不存在：{configPath}");
    return 1;
}
var builder = new ConfigurationBuilder();
if (configPath is not null && File.Exists(configPath)) builder.AddJsonFile(configPath, optional: false);
var config = builder.Build();
var dataPath = arguments.DataPath is { } d ? Path.GetFullPath(d) : RepositoryPath.Resolve(config["Data:Path"] is { Length: > 0 } p ? p : "data");

var configuredCorpus = config["Corpus:Path"] is { Length: > 0 } cp ? RepositoryPath.Resolve(cp) : null;
var corpusRoot = ImportPipeline.CorpusRootFor(folder, configuredCorpus);
Console.WriteLine($"导入 {folder}");
Console.WriteLine($"数据目录 {dataPath}{(configPath is not null && File.Exists(configPath) ? $"（配置 {configPath}）" : "（无配置文件）")}");
if (configuredCorpus is not null && corpusRoot != Path.TrimEndingDirectorySeparator(Path.GetFullPath(configuredCorpus)))
    Console.WriteLine($"注意：该文件夹不在服务的语料目录 {configuredCorpus} 之内；来源路径相对于 {corpusRoot}，" +
                      $"服务须以 --Corpus:Path={corpusRoot} 启动，否则其启动扫描会移除这些文档。");

ImportPipeline pipeline;
try
{
    pipeline = ImportPipeline.Open(config, corpusRoot, dataPath,
        services => services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)));
}
catch (IndexLockedException e)
{
    Console.Error.WriteLine($"数据目录正被运行中的服务使用：{dataPath}");
    Console.Error.WriteLine($"（{e.IndexPath}.lock 被另一进程占用）请先停止服务，或改用其他数据目录（--data），或通过服务的上传接口导入。");
    return 2;
}

using (pipeline)
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
    var bar = new ProgressBar(Console.Out, !Console.IsOutputRedirected);
    ImportSummary summary;
    try
    {
        summary = pipeline.Importer.Run(folder, bar.Report, cancel.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine();
        Console.WriteLine("已中断：已导入的文件保存在目录中，再次运行会继续处理其余文件。");
        return 1;
    }
    Console.WriteLine(SummaryText.Of(summary));
}
return 0;
