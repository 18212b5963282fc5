using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Infrastructure.Errors;
using CwLogs.Infrastructure.Paging;

namespace CwLogs.Infrastructure;

/// <summary>
/// Base of every CwLogs cmdlet: the common AWS parameters (same names and aliases as AWS.Tools),
/// a cached client, service calls that Ctrl+C cancels at once, streaming pagination and error
/// records. Calls block the pipeline thread, so WriteObject/WriteError always happen on it.
/// </summary>
public abstract class CwLogsCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private CwLogsServiceClient? _client;

    /// <summary>The AWS region, e.g. us-east-2.</summary>
    [Parameter]
    [Alias("RegionToCall")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    public string? Region { get; set; }

    /// <summary>A profile from the shared credentials/config files.</summary>
    [Parameter]
    [Alias("StoredCredentials", "AWSProfileName")]
    public string? ProfileName { get; set; }

    /// <summary>The credentials file to read -ProfileName from.</summary>
    [Parameter]
    [Alias("AWSProfilesLocation", "ProfilesLocation")]
    public string? ProfileLocation { get; set; }

    [Parameter]
    [Alias("AK")]
    public string? AccessKey { get; set; }

    [Parameter]
    [Alias("SK", "SecretAccessKey")]
    public string? SecretKey { get; set; }

    [Parameter]
    [Alias("ST")]
    public string? SessionToken { get; set; }

    /// <summary>An AWSCredentials object (also one made by AWS.Tools) or a PSCredential.</summary>
    [Parameter]
    public object? Credential { get; set; }

    /// <summary>A custom endpoint, e.g. http://127.0.0.1:4566 for a local emulator or LocalStack.</summary>
    [Parameter]
    [Alias("ServiceUrl")]
    public string? EndpointUrl { get; set; }

    /// <summary>Cancelled by StopProcessing (Ctrl+C, PowerShell.Stop()).</summary>
    protected CancellationToken StopToken => _stopping.Token;

    /// <summary>The client, resolved on first use so that -WhatIf needs no credentials.</summary>
    protected CwLogsServiceClient Client => _client ??= Connect();

    protected override void StopProcessing() => _stopping.Cancel();

    public void Dispose()
    {
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Sends one call and waits for it on the pipeline thread; Ctrl+C aborts the HTTP call.</summary>
    protected TResponse Send<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request)
    {
        var client = Client;
        WriteDebug($"Calling {operation.Name}.");
        try
        {
            return client.SendAsync(operation, request, StopToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (Exception ex) when ((ex is AmazonClientException or HttpRequestException) && !StopToken.IsCancellationRequested)
        {
            // Retries are spent by now (the SDK retried): the endpoint is unreachable, so stop the command.
            ThrowTerminatingError(new ErrorRecord(ex, "ServiceCallFailed", ErrorCategory.ConnectionError, operation.Name));
            throw; // not reached
        }
    }

    /// <summary>Every page of a paginated operation, each sent only when the previous one is consumed.</summary>
    protected IEnumerable<TResponse> SendPaged<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, Func<TResponse, string?> nextToken)
        where TRequest : IPagedRequest
        => Paginator.Pages(request, r => Send(operation, r), nextToken);

    /// <summary>
    /// Runs the work for one input item; a service error becomes a non-terminating error record so
    /// the rest of the pipeline carries on. Pipeline stops and other failures pass through.
    /// </summary>
    protected bool TryForItem(object target, string description, Action work)
    {
        try
        {
            work();
            return true;
        }
        catch (AmazonServiceException ex)
        {
            WriteError(ServiceErrorRecords.From(ex, target, description));
            return false;
        }
    }

    /// <summary>
    /// ShouldProcess for changes that have -Force. ShouldProcess is always asked, so -WhatIf only
    /// shows, -Verbose shows "Performing the operation ..." and an explicit -Confirm prompts; -Force
    /// only silences the automatic prompt of a high-impact change (ConfirmImpact >= $ConfirmPreference).
    /// </summary>
    protected bool ShouldChange(string target, string action, bool force)
    {
        if (!force || MyInvocation.BoundParameters.ContainsKey("Confirm")) return ShouldProcess(target, action);
        using (ConfirmPreferenceNone())
            return ShouldProcess(target, action);
    }

    /// <summary>Rejects bad input before any call, as a terminating InvalidArgument error.</summary>
    protected void ThrowInvalidArgument(string message, string errorId, object? target)
        => ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target));

    /// <summary>
    /// $ConfirmPreference = None for the duration: what -Confirm:$false does, which a cmdlet cannot set
    /// itself. The variable the engine would read (a compiled cmdlet runs in its caller's scope) is
    /// changed in place and put back, so the caller never sees it; the engine reads it once per command.
    /// </summary>
    private IDisposable ConfirmPreferenceNone()
    {
        const string name = "ConfirmPreference";
        var variable = SessionState.PSVariable.Get(name);
        if (variable is null)
        {
            SessionState.PSVariable.Set(name, ConfirmImpact.None);
            return new Restore(() => SessionState.PSVariable.Remove(name));
        }
        var saved = variable.Value;
        variable.Value = ConfirmImpact.None;
        return new Restore(() => variable.Value = saved);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    private CwLogsServiceClient Connect()
    {
        ResolvedAwsContext context;
        try
        {
            context = AwsContextResolver.Resolve(ParameterValues(), name => SessionState.PSVariable.GetValue(name));
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "InvalidAwsContext", ErrorCategory.InvalidArgument, null));
            throw; // not reached
        }
        catch (Exception ex) when (ex is AmazonClientException or InvalidOperationException)
        {
            ThrowTerminatingError(new ErrorRecord(ex, "NoCredentials", ErrorCategory.AuthenticationError, null));
            throw; // not reached
        }
        WriteVerbose($"Credentials: {context.CredentialSource}.");
        WriteVerbose($"Region: {context.Region.SystemName}, from {context.RegionSource}.");
        WriteVerbose(context.EndpointUrl is null
            ? "Endpoint: chosen by the SDK (AWS_ENDPOINT_URL_CLOUDWATCH_LOGS, AWS_ENDPOINT_URL, a profile's services section, or the regional endpoint)."
            : $"Endpoint: {context.EndpointUrl}, from the -EndpointUrl parameter.");
        return ClientCache.Get(context);
    }

    private AwsParameterValues ParameterValues() => new()
    {
        Region = Region,
        ProfileName = ProfileName,
        ProfileLocation = ProfileLocation,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        SessionToken = SessionToken,
        Credential = Credential,
        EndpointUrl = EndpointUrl,
    };
}
