using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using MsLevel = Microsoft.Extensions.Logging.LogLevel;

namespace Gongkai.SearchApi.Hosting;

/// <summary>
/// Hangfire's logs into the host's logging. Hangfire keeps its log provider process-wide (the last host
/// built sets it), so with several hosts in one process (the tests) a host still running would log
/// through another's disposed LoggerFactory — and Hangfire creates loggers while enqueuing a job
/// (AutomaticRetryAttribute's constructor), so enqueuing failed with ObjectDisposedException (seen once
/// in CI). Hangfire.NetCore's own provider does not guard against that; this one drops the message instead.
/// A process running one host (the service) logs exactly as before.
/// </summary>
public sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new Adapter(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Adapter(null);
        }
    }

    private sealed class Adapter(ILogger? logger) : ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logger is null) return false;
            var level = logLevel switch
            {
                HangfireLevel.Trace => MsLevel.Trace,
                HangfireLevel.Debug => MsLevel.Debug,
                HangfireLevel.Info => MsLevel.Information,
                HangfireLevel.Warn => MsLevel.Warning,
                HangfireLevel.Error => MsLevel.Error,
                _ => MsLevel.Critical,
            };
            try
            {
                // Hangfire first asks with no message whether the level is enabled.
                if (messageFunc is null) return logger.IsEnabled(level);
                logger.Log(level, 0, exception, "{Message}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
