using System.Collections.Generic;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Model;

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

    public static ServiceException DestinationNotFound() =>
        new("ResourceNotFoundException", "The specified destination does not exist.");

    public static ServiceException ResourcePolicyNotFound(string name) =>
        new("ResourceNotFoundException", $"Policy with name [{name}] does not exist");
    public static ServiceException MetricFilterNotFound() =>
        new("ResourceNotFoundException", "The specified metric filter does not exist.");

    public static ServiceException SubscriptionFilterNotFound() =>
        new("ResourceNotFoundException", "The specified subscription filter does not exist.");

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

    /// <summary>A member of the wrong JSON type: the service's deserializer fails before any constraint is checked.</summary>
    public static ServiceException WrongType(string member, string expected) =>
        Serialization($"Member '{member}' must be {expected}.");

    // CloudWatch Logs answers violations of its model's constraints with InvalidParameterException (most JSON
    // services say ValidationException), counting and listing them: "2 validation errors detected: A; B".
    public static ServiceException Validation(IReadOnlyList<string> violations) =>
        InvalidParameter($"{violations.Count} validation error{(violations.Count == 1 ? "" : "s")} detected: {string.Join("; ", violations)}");

    /// <summary>One violation: "Value 'x' at 'logEvents.1.member.message' failed to satisfy constraint: ..."; a missing value is "Value null".</summary>
    public static string Violation(string? shownValue, string member, string constraint) =>
        $"Value {(shownValue is null ? "null" : $"'{shownValue}'")} at '{member}' failed to satisfy constraint: {constraint}";

    public static ServiceException MissingMember(string member) =>
        Validation(new[] { Violation(null, member, Constraints.NotNull) });

    public static ServiceException Constraint(string member, string shownValue, string constraint) =>
        Validation(new[] { Violation(shownValue, member, constraint) });

    public static ServiceException NotInEnum(string member, string shownValue, IEnumerable<string> allowed) =>
        Constraint(member, shownValue, Constraints.Enum(allowed));
}
