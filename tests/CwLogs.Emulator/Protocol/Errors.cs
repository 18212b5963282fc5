using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace CwLogs.Emulator.Protocol;

/// <summary>
/// Factory for the exceptions CloudWatch Logs returns, with AWS's own wording
/// so clients that match on messages behave as they would against AWS.
/// </summary>
internal static class Errors
{
    public static ServiceException InvalidParameter(string message) =>
        new("InvalidParameterException", message);

    public static ServiceException GroupNotFound() =>
        new("ResourceNotFoundException", "The specified log group does not exist.");

    public static ServiceException StreamNotFound() =>
        new("ResourceNotFoundException", "The specified log stream does not exist.");

    public static ServiceException GroupAlreadyExists() =>
        new("ResourceAlreadyExistsException", "The specified log group already exists");

    public static ServiceException StreamAlreadyExists() =>
        new("ResourceAlreadyExistsException", "The specified log stream already exists");

    public static ServiceException DeletionProtected() =>
        new("ValidationException", "Cannot delete log group with deletion protection enabled. Disable deletion protection first.");

    /// <summary>What TagResource, UntagResource and ListTagsForResource answer for an ARN that is no resource ARN (also a group's "…:*" ARN).</summary>
    public static ServiceException InvalidResourceArn() =>
        new("ValidationException", "Invalid resourceArn");

    public static ServiceException ResourceNotFound() =>
        new("ResourceNotFoundException", "The specified resource does not exist.");

    public static ServiceException TooManyTags(string resourceArn) =>
        new("TooManyTagsException", "A resource can have no more than 50 tags.", members: new JsonObject { ["resourceName"] = resourceArn });

    public static ServiceException InvalidKmsKey(string kmsKeyId) =>
        InvalidParameter($"Specified KMS key '{kmsKeyId}' is not a valid key ARN: use arn:<partition>:kms:<region>:<account>:key/<key-id>.");

    public static ServiceException QueryNotFound(string queryId) =>
        new("ResourceNotFoundException", $"Query does not exist: {queryId}");

    public static ServiceException QueryDefinitionNotFound() =>
        new("ResourceNotFoundException", "The specified query definition does not exist.");

    public static ServiceException ExportTaskNotFound() =>
        new("ResourceNotFoundException", "The specified export task does not exist.");

    public static ServiceException LogRecordNotFound() =>
        new("ResourceNotFoundException", "The specified log record does not exist.");

    public static ServiceException LimitExceeded(string message) =>
        new("LimitExceededException", message);

    public static ServiceException InvalidOperation(string message) =>
        new("InvalidOperationException", message);

    /// <summary>A query that does not compile, with the QueryCompileError the API defines (character offsets into the query).</summary>
    public static ServiceException MalformedQuery(string message, int startCharOffset, int endCharOffset) =>
        new("MalformedQueryException", message, members: new JsonObject
        {
            ["queryCompileError"] = new JsonObject
            {
                ["location"] = new JsonObject { ["startCharOffset"] = startCharOffset, ["endCharOffset"] = endCharOffset },
                ["message"] = message,
            },
        });

    public static ServiceException InvalidNextToken() =>
        InvalidParameter("The specified nextToken is invalid.");

    public static ServiceException Serialization(string message) =>
        new("SerializationException", message);

    public static ServiceException UnknownOperation(string? target) =>
        new("UnknownOperationException", $"Unknown operation: '{target}'.");

    public static ServiceException UnrecognizedClient() =>
        new("UnrecognizedClientException", "The security token included in the request is invalid.");

    public static ServiceException ExpiredToken() =>
        new("ExpiredTokenException", "The security token included in the request is expired");

    public static ServiceException Throttling() =>
        new("ThrottlingException", "Rate exceeded");

    public static ServiceException ServiceUnavailable() =>
        new("ServiceUnavailableException", "The service is unavailable. Please try again later.", 500);

    // The "1 validation error detected" family mirrors AWS's model-constraint messages,
    // which always name the offending member.
    public static ServiceException MissingMember(string member) =>
        InvalidParameter($"1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null");

    public static ServiceException Constraint(string member, string shownValue, string constraint) =>
        InvalidParameter($"1 validation error detected: Value '{shownValue}' at '{member}' failed to satisfy constraint: {constraint}");

    public static ServiceException NotInEnum(string member, string shownValue, IEnumerable<string> allowed) =>
        Constraint(member, shownValue, $"Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
}
