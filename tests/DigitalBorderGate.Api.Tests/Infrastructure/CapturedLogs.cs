using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>A logger provider that keeps every message with its scopes as text, to check what reaches the logs.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeText = new List<string>();
            owner.scopes.ForEachScope((scope, list) => list.Add(scope is IEnumerable<KeyValuePair<string, object>> pairs
                ? string.Join(",", pairs.Select(p => $"{p.Key}={p.Value}"))
                : scope?.ToString() ?? ""), scopeText);
            owner.lines.Enqueue($"{logLevel} {category} [{string.Join(";", scopeText)}] {formatter(state, exception)} {exception}");
        }
    }
}
