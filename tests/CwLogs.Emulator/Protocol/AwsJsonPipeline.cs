using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CwLogs.Emulator.Model;
using CwLogs.Emulator.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CwLogs.Emulator.Protocol;

/// <summary>
/// The one request path of the emulator. Order matters and mirrors what a client can observe:
/// journal (every call), latency, injected faults, then AWS's own checks
/// (signature header, target, JSON, the service model's member rules) and finally the operation.
/// </summary>
internal sealed class AwsJsonPipeline
{
    public const string TargetPrefix = "Logs_20140328.";
    private const string ContentType = "application/x-amz-json-1.1";

    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly OperationRegistry _operations;
    private readonly EmulatorFaults _faults;
    private readonly RequestJournal _journal;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public AwsJsonPipeline(OperationRegistry operations, EmulatorFaults faults, RequestJournal journal, TimeProvider clock, ILogger logger)
    {
        _logger = logger;
        _operations = operations;
        _faults = faults;
        _journal = journal;
        _clock = clock;
    }

    public async Task HandleAsync(HttpContext context)
    {
        CancellationToken aborted = context.RequestAborted;
        IHeaderDictionary headers = context.Request.Headers;
        string? target = Header(headers, "X-Amz-Target");
        string operation = OperationName(target);
        string? authorization = Header(headers, "Authorization");
        string body;
        try
        {
            body = await ReadBodyAsync(context.Request, aborted);
            _journal.Add(new JournalEntry(operation, authorization, Header(headers, "X-Amz-Date"),
                Header(headers, "X-Amz-Security-Token"), body, _clock.GetUtcNow().UtcDateTime, Header(headers, "User-Agent")));
            context.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();

            TimeSpan latency = _faults.Latency;
            if (latency > TimeSpan.Zero) await Task.Delay(latency, _clock, aborted);
        }
        catch (Exception) when (aborted.IsCancellationRequested)
        {
            return; // the client gave up (mid-body or during latency); nobody is left to answer
        }

        FaultKind? fault = _faults.Take(operation);
        if (fault == FaultKind.Drop)
        {
            context.Abort();
            return;
        }

        try
        {
            if (fault == FaultKind.Throttle) throw Errors.Throttling();
            if (fault == FaultKind.Fail) throw Errors.ServiceUnavailable();
            if (fault == FaultKind.ExpiredToken) throw Errors.ExpiredToken();
            JsonObject result = Dispatch(target, operation, authorization, body, emptyPage: fault == FaultKind.EmptyPage);
            if (fault == FaultKind.LostResponse)
            {
                context.Abort(); // the call is done (a write has landed); the answer never leaves
                return;
            }
            await WriteAsync(context, StatusCodes.Status200OK, result, errorType: null);
        }
        catch (ServiceException error)
        {
            await WriteErrorAsync(context, error.StatusCode, error.ErrorType, error.Message, error.Members);
        }
        catch (Exception bug) when (!aborted.IsCancellationRequested)
        {
            // An emulator bug must be loud and readable in test output, not an empty 500.
            _logger.LogError(bug, "CwLogs emulator failed on {Operation}", operation);
            await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "InternalFailure", $"Emulator bug: {bug}");
        }
    }

    private JsonObject Dispatch(string? target, string operation, string? authorization, string body, bool emptyPage)
    {
        SigV4Credential credential = SigV4Credential.TryParse(authorization) ?? throw Errors.UnrecognizedClient();
        if (target is null || !target.StartsWith(TargetPrefix, StringComparison.Ordinal)
            || !_operations.TryGet(operation, out IOperationHandler handler))
        {
            throw Errors.UnknownOperation(target);
        }

        using JsonDocument document = ParseBody(body);
        // The model's member rules (types, required, lengths, patterns, ranges, enums) come before any behaviour.
        RequestValidator.Validate(ServiceModel.Logs, operation, document.RootElement);
        var request = new OperationRequest(new RequestBody(document.RootElement), credential.Region, Accounts.ForAccessKey(credential.AccessKeyId),
            _clock.GetUtcNow().ToUnixTimeMilliseconds()) { EmptyPage = emptyPage };
        return handler.Handle(request);
    }

    private static JsonDocument ParseBody(string body)
    {
        // AWS clients send "{}" for empty input; an absent body is treated the same way.
        if (string.IsNullOrWhiteSpace(body)) return JsonDocument.Parse("{}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw Errors.Serialization($"Malformed JSON request body: {e.Message}");
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw Errors.Serialization("The request body must be a JSON object.");
        }
        return document;
    }

    private static string OperationName(string? target)
    {
        if (target is null) return string.Empty;
        return target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target.Substring(TargetPrefix.Length) : target;
    }

    private static string? Header(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string errorType, string message, JsonObject? members = null)
    {
        var payload = new JsonObject { ["__type"] = errorType, ["message"] = message };
        if (members is not null)
        {
            foreach (var (name, value) in members) payload[name] = value?.DeepClone();
        }
        return WriteAsync(context, status, payload, errorType);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject payload, string? errorType)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(payload.ToJsonString(Output));
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType;
        response.ContentLength = bytes.Length;
        if (errorType is not null) response.Headers["x-amzn-ErrorType"] = errorType;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
