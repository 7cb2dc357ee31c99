namespace Gongkai.TestSupport;

/// <summary>The project's own sample corpus (corpus/ at the repository root), copied into a test's folder.</summary>
public static class SampleCorpus
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Search.sln not found above " + AppContext.BaseDirectory);
    }

    public static void CopyInto(string target)
    {
        var source = Path.Combine(RepositoryRoot(), "corpus");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
    }
}
