using Gongkai.Indexer.Hosting;

namespace Gongkai.SearchApi.Hosting;

/// <summary>Resolves relative configuration paths from the repository root; see <see cref="RepositoryPath"/>.</summary>
public static class PathResolver
{
    public static string Resolve(string path) => RepositoryPath.Resolve(path);
}
