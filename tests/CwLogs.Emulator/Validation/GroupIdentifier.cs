using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// Log group identifiers: a group name or a log group ARN (arn:aws:logs:REGION:ACCOUNT:log-group:NAME).
/// The LogGroupIdentifier shape allows 1-2048 chars of <c>[\w#+=/:,.@-]</c>, so the legacy ARN
/// ending in ":*" is refused. Operations that read a group accept logGroupName or logGroupIdentifier, never both.
/// </summary>
internal static partial class GroupIdentifier
{
    public const int MaxLength = 2048;
    private const string ArnMarker = ":log-group:";
    private const string Pattern = @"[\w#+=/:,.@-]*";

    // AWS's \w is ASCII (Java regex), hence the explicit class.
    [GeneratedRegex(@"^[A-Za-z0-9_#+=/:,.@-]*$")]
    private static partial Regex IdentifierRegex();

    /// <summary>The group name from logGroupName or logGroupIdentifier (exactly one of them).</summary>
    public static string Resolve(RequestBody body)
    {
        string? name = body.OptionalString("logGroupName");
        string? identifier = body.OptionalString("logGroupIdentifier");
        if (name is not null && identifier is not null)
            throw Errors.InvalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        if (name is not null) return Names.Group(name);
        if (identifier is null)
            throw Errors.InvalidParameter("Either logGroupName or logGroupIdentifier must be specified.");
        return ToName(identifier, "logGroupIdentifier");
    }

    /// <summary>A list member such as DescribeLogGroups' logGroupIdentifiers: 1 to <paramref name="max"/> identifiers, as names.</summary>
    public static IReadOnlyList<string>? OptionalList(RequestBody body, string member, int max)
    {
        IReadOnlyList<string>? identifiers = body.OptionalStringList(member);
        if (identifiers is null) return null;
        string count = identifiers.Count.ToString(CultureInfo.InvariantCulture) + " identifiers";
        if (identifiers.Count < 1)
            throw Errors.Constraint(member, "[]", "Member must have length greater than or equal to 1");
        if (identifiers.Count > max)
            throw Errors.Constraint(member, count, $"Member must have length less than or equal to {max}");
        var names = new List<string>(identifiers.Count);
        for (int i = 0; i < identifiers.Count; i++)
            names.Add(ToName(identifiers[i], member + "." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".member"));
        return names;
    }

    /// <summary>Checks the identifier shape, then returns the group name it names.</summary>
    public static string ToName(string identifier, string member)
    {
        if (identifier.Length < 1)
            throw Errors.Constraint(member, identifier, "Member must have length greater than or equal to 1");
        if (identifier.Length > MaxLength)
            throw Errors.Constraint(member, identifier, $"Member must have length less than or equal to {MaxLength}");
        if (!IdentifierRegex().IsMatch(identifier))
            throw Errors.Constraint(member, identifier, $"Member must satisfy regular expression pattern: {Pattern}");
        return Names.Group(NameFromIdentifier(identifier), member);
    }

    /// <summary>arn:aws:logs:region:account:log-group:NAME → NAME; a plain name is returned as is.</summary>
    private static string NameFromIdentifier(string identifier)
    {
        if (!identifier.StartsWith("arn:", System.StringComparison.Ordinal)) return identifier;
        int marker = identifier.IndexOf(ArnMarker, System.StringComparison.Ordinal);
        if (marker < 0)
            throw Errors.InvalidParameter($"The logGroupIdentifier '{identifier}' is not a valid log group ARN.");
        return identifier.Substring(marker + ArnMarker.Length);
    }
}
