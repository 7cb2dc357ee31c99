namespace Gongkai.Indexer.Hosting;

/// <summary>
/// Resolves relative paths from configuration. `dotnet run --project src/SearchApi` (or tools/Import)
/// may start in the repository root or in the project folder; relative paths are taken from the
/// repository root (the folder holding Search.sln) when there is one, else from the working directory.
/// </summary>
public static class RepositoryPath
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var root = Root(Directory.GetCurrentDirectory()) ?? Root(AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(root ?? Directory.GetCurrentDirectory(), path));
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> holding Search.sln, or null.</summary>
    public static string? Root(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
        return null;
    }
}
