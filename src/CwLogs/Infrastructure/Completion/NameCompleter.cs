using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Language;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Completion;

/// <summary>
/// Completes names the service lists (log groups, log streams) with the credentials, region and endpoint
/// of the command being typed. One page at most, about a second at most: a slow or unreachable endpoint
/// gives no completions, never an error or a hang. Answers are cached briefly per place and prefix.
/// </summary>
public abstract class NameCompleter : IArgumentCompleter
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(15);
    private static readonly ConcurrentDictionary<string, (DateTime Expires, IReadOnlyList<string> Names)> Cache = new();

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var session = CompletionSession.Read(commandName, fakeBoundParameters);
            var prefix = CompletionText.Prefix(wordToComplete);
            var pattern = WildcardPattern.Get(wordToComplete.Trim().Trim('\'', '"') + "*", WildcardOptions.None);
            return Names(session, prefix).Where(pattern.IsMatch).Select(CompletionText.Result).ToList();
        }
        catch (Exception)
        {
            return Array.Empty<CompletionResult>(); // completion must never put an error in front of the user
        }
    }

    /// <summary>The scope of the listing beyond the AWS context (e.g. the log group of a stream); null when unknown.</summary>
    private protected abstract string? Scope(CompletionSession session);

    /// <summary>One page of names starting with <paramref name="prefix"/>.</summary>
    private protected abstract Task<IReadOnlyList<string>> ListAsync(CwLogsServiceClient client, string? scope, string prefix, CancellationToken cancellationToken);

    private IReadOnlyList<string> Names(CompletionSession session, string prefix)
    {
        var scope = Scope(session);
        if (scope is "") return Array.Empty<string>();
        using var budget = new CancellationTokenSource(Budget);
        // Credentials may come from a slow source (instance metadata, SSO): resolve them inside the budget too.
        var listing = Task.Run(async () =>
        {
            var context = session.ResolveAws();
            var key = $"{GetType().Name}|{session.CacheKey(context)}|{scope}|{prefix}";
            if (Cache.TryGetValue(key, out var cached) && cached.Expires > DateTime.UtcNow) return cached.Names;
            var names = await ListAsync(ClientCache.Get(context), scope, prefix, budget.Token).ConfigureAwait(false);
            Cache[key] = (DateTime.UtcNow + CacheLifetime, names);
            return names;
        }, budget.Token);
        try
        {
            return listing.Wait(Budget) ? listing.Result : Array.Empty<string>();
        }
        finally
        {
            budget.Cancel(); // a call still in flight stops here
        }
    }
}
