using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Json;
using CwLogs.Infrastructure.Time;

namespace CwLogs.Model;

/// <summary>Destinations and resource policies from their wire shapes: the policy text also parsed, times in the local offset.</summary>
internal static class PolicyMapping
{
    public static Destination ToDestination(this DestinationData data) => new()
    {
        DestinationName = data.DestinationName ?? "",
        TargetArn = data.TargetArn,
        RoleArn = data.RoleArn,
        AccessPolicy = data.AccessPolicy,
        AccessPolicyObject = PolicyJson.Parse(data.AccessPolicy),
        Arn = data.Arn,
        CreationTime = TimeOutput.FromEpochMilliseconds(data.CreationTime),
    };

    public static ResourcePolicy ToResourcePolicy(this ResourcePolicyData data) => new()
    {
        PolicyName = data.PolicyName ?? "",
        PolicyDocument = data.PolicyDocument,
        Policy = PolicyJson.Parse(data.PolicyDocument),
        LastUpdatedTime = TimeOutput.FromEpochMilliseconds(data.LastUpdatedTime),
    };
}
