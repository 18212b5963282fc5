using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>The Destination and ResourcePolicy output shapes. Optional members are omitted when unset, as AWS does.</summary>
internal static class PolicyShapes
{
    public static JsonObject Destination(Destination destination, OperationRequest request)
    {
        var json = new JsonObject
        {
            ["destinationName"] = destination.Name,
            ["targetArn"] = destination.TargetArn,
            ["roleArn"] = destination.RoleArn,
        };
        if (destination.AccessPolicy is not null) json["accessPolicy"] = destination.AccessPolicy;
        json["arn"] = Arns.Destination(request.Region, request.AccountId, destination.Name);
        json["creationTime"] = destination.CreationTime;
        return json;
    }

    public static JsonObject ResourcePolicy(ResourcePolicy policy) => new()
    {
        ["policyName"] = policy.Name,
        ["policyDocument"] = policy.Document,
        ["lastUpdatedTime"] = policy.LastUpdatedTime,
    };
}
