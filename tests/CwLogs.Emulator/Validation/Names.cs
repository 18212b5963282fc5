using System.Text.RegularExpressions;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>AWS's constraints on log group and log stream names (and on prefixes of them).</summary>
internal static partial class Names
{
    public const int MaxLength = 512;
    private const string GroupPattern = @"[\.\-_/#A-Za-z0-9]+";
    private const string StreamPattern = @"[^:*]*";

    [GeneratedRegex(@"^[\.\-_/#A-Za-z0-9]+$")]
    private static partial Regex GroupRegex();

    /// <summary>1-512 chars of <c>[\.\-_/#A-Za-z0-9]</c>. Also used for logGroupNamePrefix.</summary>
    public static string Group(string value, string member = "logGroupName")
    {
        CheckLength(value, member);
        if (!GroupRegex().IsMatch(value))
            throw Errors.Constraint(member, value, $"Member must satisfy regular expression pattern: {GroupPattern}");
        return value;
    }

    /// <summary>A name for CreateLogGroup: a valid group name that does not start with the reserved "aws/" (any case).</summary>
    public static string NewGroup(string value)
    {
        Group(value);
        if (value.StartsWith("aws/", System.StringComparison.OrdinalIgnoreCase))
            throw Errors.InvalidParameter("Log groups starting with AWS/ are reserved for AWS.");
        return value;
    }

    /// <summary>logGroupNamePattern: like a group name but may be empty (it matches every group then).</summary>
    public static string GroupSearchPattern(string value, string member = "logGroupNamePattern")
    {
        if (value.Length == 0) return value;
        if (value.Length > MaxLength)
            throw Errors.Constraint(member, value, $"Member must have length less than or equal to {MaxLength}");
        if (!GroupRegex().IsMatch(value))
            throw Errors.Constraint(member, value, @"Member must satisfy regular expression pattern: [\.\-_/#A-Za-z0-9]*");
        return value;
    }

    /// <summary>1-512 chars, no ':' and no '*'. Also used for logStreamNamePrefix.</summary>
    public static string Stream(string value, string member = "logStreamName")
    {
        CheckLength(value, member);
        if (value.IndexOfAny(new[] { ':', '*' }) >= 0)
            throw Errors.Constraint(member, value, $"Member must satisfy regular expression pattern: {StreamPattern}");
        return value;
    }

    /// <summary>Metric and subscription filter names (and filterNamePrefix): the same rule as stream names.</summary>
    public static string Filter(string value, string member = "filterName") => Stream(value, member);

    private static void CheckLength(string value, string member)
    {
        if (value.Length < 1)
            throw Errors.Constraint(member, value, "Member must have length greater than or equal to 1");
        if (value.Length > MaxLength)
            throw Errors.Constraint(member, value, $"Member must have length less than or equal to {MaxLength}");
    }
}
