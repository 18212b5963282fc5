namespace CwLogs.Emulator.Validation;

/// <summary>ARN formats CloudWatch Logs returns.</summary>
internal static class Arns
{
    /// <summary>The log group ARN without the trailing ":*" (DescribeLogGroups' logGroupArn).</summary>
    public static string LogGroup(string region, string account, string name) =>
        $"arn:aws:logs:{region}:{account}:log-group:{name}";

    /// <summary>The legacy "arn" member: the group ARN with ":*" so it also covers the streams.</summary>
    public static string LogGroupWildcard(string region, string account, string name) =>
        LogGroup(region, account, name) + ":*";

    public static string Destination(string region, string account, string name) =>
        $"arn:aws:logs:{region}:{account}:destination:{name}";

    public static string LogStream(string region, string account, string group, string stream) =>
        $"{LogGroup(region, account, group)}:log-stream:{stream}";
}
