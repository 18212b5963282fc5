using System.Text.RegularExpressions;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Validation;

/// <summary>
/// The ARN shapes CwLogs takes, checked before any call. Each *Problem method returns null when the
/// value is fine, else a message for the user.
/// </summary>
public static class ArnRules
{
    // The service takes a key ARN only: no key id, alias name or alias ARN. Multi-Region keys have ids like mrk-....
    private static readonly Regex KmsKeyArn = new(ServiceFacts.KmsKeyArnPattern, RegexOptions.CultureInvariant);

    // arn:PARTITION:logs:REGION:ACCOUNT:TYPE:NAME, in the characters of the model's AmazonResourceName.
    private static readonly Regex LogsResourceArn = new(@"^arn:[a-z][a-z0-9-]*:logs:[a-z0-9-]+:[0-9]{12}:[a-z-]+:[\w+=/:,.@-]+$", RegexOptions.CultureInvariant);

    public static string? KmsKeyArnProblem(string value) => KmsKeyArn.IsMatch(value)
        ? null
        : $"KMS key '{value}' is not a key ARN: use arn:<partition>:kms:<region>:<account>:key/<key-id> (a key id or an alias is not accepted).";

    public static string? LogsResourceArnProblem(string value)
    {
        // DescribeLogGroups' Arn ends in ":*" (it also covers the streams); the tagging operations refuse it.
        if (value.StartsWith("arn:", StringComparison.Ordinal) && value.EndsWith(":*", StringComparison.Ordinal))
            return $"Resource ARN '{value}' ends in ':*': use the log group's LogGroupArn, the same ARN without ':*'.";
        return LogsResourceArn.IsMatch(value)
            ? null
            : $"Resource ARN '{value}' is not a CloudWatch Logs ARN: use arn:<partition>:logs:<region>:<account>:<type>:<name>, e.g. a log group's LogGroupArn.";
    }
}
