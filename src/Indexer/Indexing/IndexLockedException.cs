namespace Gongkai.Indexer.Indexing;

/// <summary>The index folder's write lock is held by a live process (a running service or import).</summary>
public sealed class IndexLockedException(string indexPath, Exception inner)
    : Exception($"数据目录正被运行中的服务使用（索引 {indexPath} 的写锁被占用）", inner)
{
    public string IndexPath { get; } = indexPath;
}
