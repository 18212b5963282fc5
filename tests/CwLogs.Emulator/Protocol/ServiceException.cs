using System;
using System.Text.Json.Nodes;

namespace CwLogs.Emulator.Protocol;

/// <summary>
/// An AWS error reply: thrown anywhere in a handler and turned into
/// <c>{"__type":..., "message":...}</c> plus <c>x-amzn-ErrorType</c> by the pipeline.
/// </summary>
internal sealed class ServiceException : Exception
{
    public ServiceException(string errorType, string message, int statusCode = 400, JsonObject? members = null)
        : base(message)
    {
        ErrorType = errorType;
        StatusCode = statusCode;
        Members = members;
    }

    /// <summary>The AWS exception name, e.g. ResourceNotFoundException.</summary>
    public string ErrorType { get; }

    public int StatusCode { get; }

    /// <summary>Members of the exception shape beyond the message (e.g. MalformedQueryException's queryCompileError).</summary>
    public JsonObject? Members { get; }
}
