using System.Management.Automation;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Operations;
using CwLogs.Client.Protocol;
using CwLogs.Infrastructure.Calls;
using CwLogs.Infrastructure.Credentials;
using CwLogs.Infrastructure.Errors;
using CwLogs.Infrastructure.Paging;

namespace CwLogs.Infrastructure;

/// <summary>
/// Base of every CwLogs cmdlet: the common AWS parameters (same names and aliases as AWS.Tools),
/// a cached client, service calls that Ctrl+C cancels at once, streaming pagination and error
/// records. Calls block the pipeline thread, so WriteObject/WriteError always happen on it.
/// </summary>
public abstract partial class CwLogsCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private CwLogsServiceClient? _client;
    private ResolvedAwsContext? _context;

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

    /// <summary>Seconds one HTTP attempt may take (the SDK retries); else $CwLogsTimeoutSec, else 30.</summary>
    [Parameter]
    [ValidateRange(1, CallTimeout.MaxSeconds)]
    public int? TimeoutSec { get; set; }

    /// <summary>Cancelled by StopProcessing (Ctrl+C, PowerShell.Stop()).</summary>
    protected CancellationToken StopToken => _stopping.Token;

    /// <summary>The client, resolved on first use so that -WhatIf needs no credentials.</summary>
    protected CwLogsServiceClient Client => _client ??= Connect();

    protected override void StopProcessing() => _stopping.Cancel();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>PowerShell disposes a command once its pipeline is done, also when it was stopped or failed.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _stopping.Dispose();
    }

    /// <summary>Sends one call and waits for it on the pipeline thread; Ctrl+C aborts the HTTP call.</summary>
    protected TResponse Send<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request)
        => Send(operation, request, operation.Name);

    /// <summary>Every page of a paginated operation, each sent only when the previous one is consumed.</summary>
    protected IEnumerable<TResponse> SendPaged<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request)
        where TRequest : IPagedRequest
        where TResponse : IPagedResponse
        => SendPaged(operation, request, page => page.NextPageToken);

    /// <summary>Like <see cref="SendPaged{TRequest, TResponse}(CwLogsOperation{TRequest, TResponse}, TRequest)"/>, following another token than the paginator's (GetLogEvents read backwards).</summary>
    /// <param name="lastTimestamp">
    /// For reads of events, which can be resumed (-NextToken): the time (epoch ms) of a page's last event. A read
    /// that fails on a page asked for with a token then says where to read on.
    /// </param>
    protected IEnumerable<TResponse> SendPaged<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, Func<TResponse, string?> nextToken,
        Func<TResponse, long?>? lastTimestamp = null)
        where TRequest : IPagedRequest
    {
        var page = 0;
        var resume = new ReadResumePoint(operation.Name);
        return Paginator.Pages(request,
            r => Resumable(resume, r, lastTimestamp, () => Send(operation, r, $"{operation.Name} page {++page}", resume)),
            nextToken);
    }

    /// <summary>
    /// Like <see cref="SendPaged"/>, but from the second page on the next page is requested while the
    /// pipeline drains the current one (one page ahead at most, cancelled when the pipeline stops).
    /// For large reads whose request nothing changes between pages.
    /// </summary>
    protected IEnumerable<TResponse> SendPagedAhead<TRequest, TResponse>(
        CwLogsOperation<TRequest, TResponse> operation, TRequest request, Func<TResponse, long?>? lastTimestamp = null)
        where TRequest : IPagedRequest
        where TResponse : IPagedResponse
    {
        var page = 0;
        var resume = new ReadResumePoint(operation.Name);
        return Paginator.PagesAhead(
            request,
            r => Start(operation, r, $"{operation.Name} page {++page}"),
            // The request still carries the token this call was sent with: the next token is set only once it is read.
            call => Resumable(resume, request, lastTimestamp, () => Finish(call, operation.Name, resume)),
            call => call.Abandon(),
            page => page.NextPageToken);
    }

    /// <summary>
    /// Reads one page; a service error on a page asked for with a token becomes a <see cref="ReadInterruptedException"/>
    /// that says where to read on (the token the failed page was asked with and the last event's time).
    /// </summary>
    private static TResponse Resumable<TResponse>(ReadResumePoint resume, IPagedRequest request, Func<TResponse, long?>? lastTimestamp, Func<TResponse> read)
    {
        var token = request.NextToken;
        resume.NextToken = token;
        // A page asked for with a token (a later page, or the first of a read given -NextToken) can be asked for again.
        resume.IsResumable = lastTimestamp is not null && !string.IsNullOrEmpty(token);
        try
        {
            var response = read();
            resume.PageRead(lastTimestamp?.Invoke(response));
            return response;
        }
        catch (AmazonServiceException ex) when (resume.IsResumable)
        {
            throw new ReadInterruptedException(resume, ex);
        }
    }

    /// <param name="label">Names the call in -Debug, e.g. "DescribeLogGroups page 3".</param>
    /// <param name="resume">Where a paged read is, so that an error that ends the command says where to read on.</param>
    private TResponse Send<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request, string label, ReadResumePoint? resume = null)
        => Finish(Start(operation, request, label), operation.Name, resume);

    private PendingCall<TResponse> Start<TRequest, TResponse>(CwLogsOperation<TRequest, TResponse> operation, TRequest request, string label)
    {
        var client = Client;
        return new PendingCall<TResponse>(label, StopToken, (observer, token) => client.SendAsync(operation, request, observer, token));
    }

    /// <summary>Waits for the call on the pipeline thread, writing its retry notices as they come.</summary>
    private TResponse Finish<TResponse>(PendingCall<TResponse> pending, string operation, ReadResumePoint? resume = null)
    {
        using (pending)
        {
            var observer = pending.Call.Observer;
            try
            {
                var response = pending.Call.Wait(pending.Task, WriteVerbose);
                WriteDebug(CallReport.Succeeded(pending.Label, observer, pending.Elapsed));
                return response;
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception ex) when (!StopToken.IsCancellationRequested && ex is not PipelineStoppedException)
            {
                WriteDebug(CallReport.Failed(pending.Label, ex, observer, pending.Elapsed));
                ThrowIfTheCommandCannotGoOn(ex, operation, observer, resume);
                throw;
            }
        }
    }

    /// <summary>
    /// Ends the command for failures every further call would repeat: refused credentials, a timed-out
    /// or unreachable endpoint (the SDK's retries are spent by now), credentials that cannot be had.
    /// Other service errors pass on, to become per-item errors in <see cref="TryForItem"/>.
    /// </summary>
    private void ThrowIfTheCommandCannotGoOn(Exception ex, string operation, CallObserver observer, ReadResumePoint? resume)
    {
        // Credentials that expired mid-command fail inside the call; fetching them again tells that apart from the network.
        if (ResponseUnreadableException.Find(ex) is null
            && ex is not (AmazonServiceException or HttpRequestException) && !CallErrorRecords.IsTimeout(ex))
            FetchCredentials(_client!, _context!);
        if (CommandEndingError(ex, operation, observer) is not { } record) return;
        // A read of events whose failed page was asked for with a token says where to read on.
        ThrowTerminatingError(resume is { IsResumable: true } ? ServiceErrorRecords.WithResumePoint(record, resume) : record);
    }

    /// <summary>
    /// The error that ends the command for this failed call, or null when it concerns one item only; also for calls
    /// made off the pipeline thread (Write-CwLogEvent's sender), which cannot throw it themselves.
    /// </summary>
    protected ErrorRecord? CommandEndingError(Exception ex, string operation, CallObserver observer)
    {
        var context = _context!;
        if (ResponseUnreadableException.Find(ex) is { } unreadable) return CallErrorRecords.ResponseUnreadable(unreadable);
        // The SDK's name for an answer that could not be received whole (e.g. a connection cut mid-body); no service error code.
        if (ex is AmazonUnmarshallingException) return CallErrorRecords.CallFailed(ex, operation, observer, context);
        if (ex is AmazonServiceException service)
            return CallErrorRecords.IsRefusedCredentials(service) ? CallErrorRecords.RefusedCredentials(service, operation, context) : null;
        if (CallErrorRecords.IsTimeout(ex)) return CallErrorRecords.Timeout(ex, operation, observer, context);
        if (CallErrorRecords.IsConnectionFailure(ex)) return CallErrorRecords.CallFailed(ex, operation, observer, context);
        return null;
    }

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
        catch (ReadInterruptedException ex)
        {
            ex.ResumePoint.Target = target;
            WriteError(ServiceErrorRecords.Interrupted(ex, description));
            return false;
        }
    }

    /// <summary>
    /// Checks a request against the service model's constraints (required members, lengths, patterns,
    /// ranges, enums) before any call. A broken one is a non-terminating InvalidArgument error for this
    /// item, so the rest of the pipeline goes on; the message names the parameter (-FilterName ...).
    /// </summary>
    protected bool IsValidRequest<TShape>(TShape request, object target) where TShape : IModelShape<TShape>
    {
        var problems = ModelConstraints.Check(request);
        if (problems.Count == 0) return true;
        var message = string.Join(" ", problems.Select(p => "-" + char.ToUpperInvariant(p[0]) + p.Substring(1)));
        WriteError(new ErrorRecord(new ArgumentException(message), "InvalidRequest", ErrorCategory.InvalidArgument, target));
        return false;
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
        catch (CredentialParameterConflictException ex)
        {
            ThrowTerminatingError(new ErrorRecord(ex, CredentialAlternatives.ConflictErrorId, ErrorCategory.InvalidArgument, null));
            throw; // not reached
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
        _context = context;
        WriteVerbose($"Credentials: {context.CredentialSource}.");
        WriteVerbose($"Region: {context.Region.SystemName}, from {context.RegionSource}.");
        CwLogsServiceClient client;
        try
        {
            client = ClientCache.Get(context);
        }
        catch (AmazonClientException ex)
        {
            // The SDK checks the settings as the client is made, e.g. an -EndpointUrl that is not a URL.
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(ex.Message, ex), "InvalidAwsContext", ErrorCategory.InvalidArgument, context.EndpointUrl));
            throw; // not reached
        }
        WriteVerbose(EndpointSource.Describe(client, context));
        WriteVerbose($"Timeout: {context.Timeout.TotalSeconds:0.##} s per attempt, {(context.TimeoutSource.StartsWith("the default") ? context.TimeoutSource : "from " + context.TimeoutSource)}.");
        FetchCredentials(client, context);
        return client;
    }

    /// <summary>
    /// Gets the credentials once before the first call, so that an SSO sign-in that is missing, a
    /// denied AssumeRole or a failing credential_process is reported as what it is, naming the
    /// profile and the remedy. The client's own credentials object is used: it caches and refreshes.
    /// </summary>
    private void FetchCredentials(CwLogsServiceClient client, ResolvedAwsContext context)
    {
        try
        {
            var fetch = client.SigningCredentials.GetCredentialsAsync();
            fetch.Wait(StopToken);
            fetch.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (Exception ex)
        {
            ThrowTerminatingError(CallErrorRecords.CredentialsUnavailable(ex is AggregateException { InnerException: { } inner } ? inner : ex, context));
        }
    }

    private AwsParameterValues ParameterValues()
    {
        var values = new AwsParameterValues
        {
            Region = Region,
            ProfileName = ProfileName,
            ProfileLocation = ProfileLocation,
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            SessionToken = SessionToken,
            Credential = Credential,
            EndpointUrl = EndpointUrl,
            TimeoutSec = TimeoutSec,
        };
        var (typed, fromDefaults) = CredentialParameterOrigins();
        return values.Without(CredentialAlternatives.Overridden(typed, fromDefaults));
    }

    /// <summary>
    /// The bound credential parameters, split into typed (or splatted) and supplied by $PSDefaultParameterValues.
    /// PowerShell puts both in BoundParameters, but never applies a default to a parameter the line gives, so a
    /// bound value equal to a matching default's came from it (a ScriptBlock default is taken as the source).
    /// </summary>
    private (List<string> Typed, List<string> FromDefaults) CredentialParameterOrigins()
    {
        var defaults = SessionState.PSVariable.GetValue("PSDefaultParameterValues") as System.Collections.IDictionary;
        var typed = new List<string>();
        var fromDefaults = new List<string>();
        foreach (var name in CredentialAlternatives.ParameterNames)
        {
            // An empty value gives nothing, as the resolver reads it (-AccessKey '' is no key).
            if (!MyInvocation.BoundParameters.TryGetValue(name, out var bound) || Unwrap(bound) is null or "") continue;
            var names = new[] { name }.Concat(MyInvocation.MyCommand.Parameters.TryGetValue(name, out var metadata) ? metadata.Aliases : Enumerable.Empty<string>());
            var isDefault = DefaultParameterValues.TryFind(defaults, MyInvocation.MyCommand.Name, names, out var value)
                && (value is ScriptBlock || Equals(Unwrap(value), Unwrap(bound)));
            (isDefault ? fromDefaults : typed).Add(name);
        }
        return (typed, fromDefaults);
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
