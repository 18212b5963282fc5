using System;

namespace CwLogs.Emulator.Protocol;

/// <summary>
/// An AWS error reply: thrown anywhere in a handler and turned into
/// <c>{"__type":..., "message":...}</c> plus <c>x-amzn-ErrorType</c> by the pipeline.
/// </summary>
internal sealed class ServiceException : Exception
{
    public ServiceException(string errorType, string message, int statusCode = 400)
        : base(message)
    {
        ErrorType = errorType;
        StatusCode = statusCode;
    }

    /// <summary>The AWS exception name, e.g. ResourceNotFoundException.</summary>
    public string ErrorType { get; }

    public int StatusCode { get; }
}
