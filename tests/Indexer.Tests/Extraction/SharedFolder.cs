namespace Gongkai.Indexer.Tests.Extraction;

/// <summary>The shared real corpus at ../shared from the repo root, when this machine has it.</summary>
internal static class SharedFolder
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(Path.Combine(shared, "corpus")) ? shared : null;
            }
        return null;
    }
}
