using System.Text.Json;
using Amazon.Runtime;

namespace CwLogs.Client.Protocol;

/// <summary>
/// A response whose JSON CwLogs cannot read (a field of the wrong type, a body cut short): it names the
/// operation and the field. Not retried: the service would send the same bytes again.
/// </summary>
public sealed class ResponseUnreadableException : AmazonClientException
{
    public ResponseUnreadableException(string operation, string? field, Exception inner)
        : base(Describe(operation, field, inner), inner)
    {
        Operation = operation;
        Field = field;
    }

    public string Operation { get; }

    /// <summary>The JSON path of the field that could not be read (e.g. $.queries[0].createTime), when known.</summary>
    public string? Field { get; }

    /// <summary>True for this exception, also when the SDK has wrapped it (e.g. in an AmazonUnmarshallingException).</summary>
    public static bool IsUnreadable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ResponseUnreadableException) return true;
        }
        return false;
    }

    /// <summary>This exception inside <paramref name="exception"/>, or null.</summary>
    public static ResponseUnreadableException? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ResponseUnreadableException unreadable) return unreadable;
        }
        return null;
    }

    private static string Describe(string operation, string? field, Exception inner)
    {
        var what = field is null ? "its response" : $"the field {field} of its response";
        var why = inner is JsonException json ? FirstSentence(json.Message) : inner.Message.TrimEnd('.');
        return $"{operation} answered, but CwLogs cannot read {what} ({why}).";
    }

    /// <summary>System.Text.Json appends "Path: ... | LineNumber: ..."; the path is named already.</summary>
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
