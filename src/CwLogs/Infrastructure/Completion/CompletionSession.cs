using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using CwLogs.Infrastructure.Credentials;

namespace CwLogs.Infrastructure.Completion;

/// <summary>
/// What a completer needs from the command line being typed: the AWS parameters already on it,
/// else the ones $PSDefaultParameterValues would supply to that command, and the session's
/// $StoredAWSCredentials/$StoredAWSRegion. Read on the pipeline thread, where completers run.
/// </summary>
/// <remarks>
/// Each variable is read where the completion runs and in the global scope, the nearer one first: at a real
/// prompt PSReadLine runs completion inside its own module, whose $PSDefaultParameterValues is a fresh, empty
/// one (every module gets its own), while the user's settings are in the global scope.
/// </remarks>
internal sealed class CompletionSession
{
    private readonly IDictionary _bound;
    private readonly string _commandName;
    private readonly Dictionary<string, object?> _sessionVariables = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IDictionary> _defaults = new();

    private CompletionSession(string commandName, IDictionary bound)
    {
        _commandName = commandName;
        _bound = bound;
    }

    public static CompletionSession Read(string commandName, IDictionary fakeBoundParameters)
    {
        var session = new CompletionSession(commandName, fakeBoundParameters);
        foreach (var name in new[] { AwsContextResolver.StoredCredentialsVariable, AwsContextResolver.StoredRegionVariable })
            session._sessionVariables[name] = ReadVariable(name, null) ?? ReadVariable(name, "Global");
        foreach (var scope in new[] { null, "Global" })
        {
            if (ReadVariable("PSDefaultParameterValues", scope) is IDictionary defaults && !session._defaults.Contains(defaults))
                session._defaults.Add(defaults);
        }
        return session;
    }

    /// <summary>A parameter's value as the command would get it: typed on the line, else from $PSDefaultParameterValues.</summary>
    public object? Parameter(string name)
    {
        if (_bound.Contains(name)) return Unwrap(_bound[name]);
        foreach (var defaults in _defaults)
        {
            if (DefaultParameterValues.TryFind(defaults, _commandName, new[] { name }, out var value) && value is not ScriptBlock)
                return value;
        }
        return null;
    }

    /// <summary>The first value of a string or string[] parameter.</summary>
    public string? FirstString(string name) => Parameter(name) switch
    {
        string text => text,
        IEnumerable items => items.Cast<object?>().Select(Unwrap).OfType<string>().FirstOrDefault(),
        var other => other?.ToString(),
    };

    /// <summary>Where calls go and as whom, resolved as a cmdlet of this command would.</summary>
    public ResolvedAwsContext ResolveAws()
    {
        string? Text(string name) => Parameter(name) is { } value ? value.ToString() : null;
        var values = new AwsParameterValues
        {
            Region = Text("Region"),
            ProfileName = Text("ProfileName"),
            ProfileLocation = Text("ProfileLocation"),
            AccessKey = Text("AccessKey"),
            SecretKey = Text("SecretKey"),
            SessionToken = Text("SessionToken"),
            Credential = Parameter("Credential"),
            EndpointUrl = Text("EndpointUrl"),
        };
        // As when the command runs: typed credentials win over $PSDefaultParameterValues (a mix gives no completions).
        var given = CredentialAlternatives.ParameterNames.Where(n => Parameter(n) is not (null or "")).ToList();
        var typed = given.Where(_bound.Contains).ToList();
        values = values.Without(CredentialAlternatives.Overridden(typed, given.Except(typed).ToList()));
        return AwsContextResolver.Resolve(values, name => _sessionVariables.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>A key that tells apart the places completions can come from (never holds a secret).</summary>
    public string CacheKey(ResolvedAwsContext context)
        => $"{context.CredentialIdentity}|{context.Region.SystemName}|{context.EndpointUrl}";

    /// <param name="scope">null for the variable as seen where completion runs; "Global" for the global one.</param>
    private static object? ReadVariable(string name, string? scope)
    {
        // Completers run on the pipeline thread, so a nested command in the current runspace can read the session.
        if (Runspace.DefaultRunspace is null) return null;
        using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
        shell.AddCommand("Get-Variable").AddParameter("Name", name).AddParameter("ValueOnly").AddParameter("ErrorAction", "Ignore");
        if (scope is not null) shell.AddParameter("Scope", scope);
        return Unwrap(shell.Invoke().FirstOrDefault());
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
