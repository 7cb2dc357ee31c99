using System.Text;

namespace Gongkai.Core.Tests.Analysis;

/// <summary>Real catalog text for analysis tests: ../shared/corpus-truth beside the checkout, when it is there.</summary>
public static class CorpusTruth
{
    /// <summary>The corpus-truth texts in name order, up to <paramref name="bytes"/> UTF-8 bytes; null without ../shared.</summary>
    public static List<string>? Load(long bytes)
    {
        var truth = Path.Combine(RepositoryRoot(), "..", "shared", "corpus-truth");
        if (!Directory.Exists(truth))
        {
            return null;
        }

        var texts = new List<string>();
        long size = 0;
        foreach (var file in Directory.EnumerateFiles(truth, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            texts.Add(text);
            size += Encoding.UTF8.GetByteCount(text);
            if (size >= bytes)
            {
                break;
            }
        }

        return texts;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Search.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Search.sln not found above the test binaries.");
    }
}
