using Gongkai.SearchApi.Hosting;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;

namespace Gongkai.SearchApi.Tests.Hosting;

public class HostLogProviderTests
{
    [Fact]
    public void A_disposed_hosts_logger_factory_drops_messages_instead_of_failing_the_caller()
    {
        var factory = LoggerFactory.Create(b => b.AddConsole());
        var provider = new HostLogProvider(factory);
        var before = provider.GetLogger("Hangfire.Test");
        factory.Dispose();

        var after = provider.GetLogger("Hangfire.AutomaticRetryAttribute");
        Assert.False(after.Log(HangfireLevel.Warn, () => "dropped"));
        before.Log(HangfireLevel.Error, () => "also dropped or written, never thrown");
    }

    [Fact]
    public void A_live_factory_receives_the_message_at_the_mapped_level()
    {
        var sink = new ListProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(sink));
        var log = new HostLogProvider(factory).GetLogger("Hangfire.Server");
        Assert.True(log.Log(HangfireLevel.Warn, () => "queue slow"));
        Assert.Equal([(LogLevel.Warning, "queue slow")], sink.Entries);
    }

    private sealed class ListProvider : ILoggerProvider
    {
        public List<(LogLevel, string)> Entries { get; } = [];
        public ILogger CreateLogger(string categoryName) => new ListLogger(Entries);
        public void Dispose() { }

        private sealed class ListLogger(List<(LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
