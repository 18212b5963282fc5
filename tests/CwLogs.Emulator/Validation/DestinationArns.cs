using System.Text.RegularExpressions;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// A subscription filter's destinationArn: an ARN of a Kinesis stream, a Firehose delivery stream, a Lambda
/// function or a CloudWatch Logs destination (the only kinds AWS delivers to).
/// </summary>
internal static partial class DestinationArns
{
    [GeneratedRegex(@"^arn:aws[a-z-]*:(kinesis|firehose|lambda|logs):[a-z0-9-]+:[0-9]{12}:.+$")]
    private static partial Regex Shape();

    public static string Check(string arn) =>
        Shape().IsMatch(arn) ? arn : throw Errors.InvalidParameter($"Invalid destinationArn: {arn}. It must be the ARN of a Kinesis stream, a Firehose delivery stream, a Lambda function or a CloudWatch Logs destination.");
}
