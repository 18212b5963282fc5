using System;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// The resourceArn of TagResource, UntagResource and ListTagsForResource (and AssociateKmsKey's resourceIdentifier):
/// arn:PARTITION:logs:REGION:ACCOUNT:TYPE:NAME. Only log groups are emulated. The service refuses the group ARN with
/// the trailing ":*" that DescribeLogGroups' arn member carries ("Invalid resourceArn"); logGroupArn is the one to use.
/// </summary>
internal static class ResourceArns
{
    private const string LogGroupType = "log-group";

    /// <summary>The log group an ARN names, in the caller's account and region (another one's is not found).</summary>
    public static string LogGroupName(string arn, string accountId, string region)
    {
        string[] parts = arn.Split(':', 7);
        if (parts.Length < 7 || parts[0] != "arn" || parts[1].Length == 0 || parts[2] != "logs" || parts[6].Length == 0)
            throw Errors.InvalidResourceArn();
        if (parts[5] == LogGroupType && parts[6].EndsWith(":*", StringComparison.Ordinal))
            throw Errors.InvalidResourceArn();
        // Another account's or region's resources, and the types the emulator does not keep (destinations, deliveries, ...), are not here.
        if (parts[3] != region || parts[4] != accountId || parts[5] != LogGroupType) throw Errors.ResourceNotFound();
        return parts[6];
    }
}
