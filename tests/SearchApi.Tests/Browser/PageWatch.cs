using Microsoft.Playwright;

namespace Gongkai.SearchApi.Tests.Browser;

/// <summary>Collects script errors and console errors of a page, for the "no error on any page" checks.</summary>
public sealed class PageWatch
{
    private readonly List<string> _errors = [];

    public PageWatch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (_errors) _errors.Add("console: " + message.Text + " @ " + message.Location);
        };
        page.PageError += (_, error) => { lock (_errors) _errors.Add("page error: " + error); };
    }

    public IReadOnlyList<string> Errors { get { lock (_errors) return _errors.ToList(); } }

    /// <summary>Drops errors seen so far that start with <paramref name="prefix"/> (an expected refusal, for instance).</summary>
    public void Forget(string prefix)
    {
        lock (_errors) _errors.RemoveAll(e => e.StartsWith("console: " + prefix, StringComparison.Ordinal));
    }

    public void AssertClean() => Assert.True(Errors.Count == 0, "browser errors:\n" + string.Join("\n", Errors));
}
