using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// The group AssociateKmsKey / DisassociateKmsKey act on: logGroupName, or a log group ARN in resourceIdentifier
/// (exactly one). The query-result target (arn:...:query-result:*) is not emulated and answers not found.
/// </summary>
internal static class KmsKeyTarget
{
    public static string LogGroupName(OperationRequest request)
    {
        string? name = request.Body.OptionalString("logGroupName");
        string? identifier = request.Body.OptionalString("resourceIdentifier");
        if (name is not null && identifier is not null)
            throw Errors.InvalidParameter("logGroupName and resourceIdentifier are mutually exclusive parameters.");
        if (name is not null) return name;
        if (identifier is null) throw Errors.InvalidParameter("Either logGroupName or resourceIdentifier must be specified.");
        return ResourceArns.LogGroupName(identifier, request.AccountId, request.Region);
    }
}
