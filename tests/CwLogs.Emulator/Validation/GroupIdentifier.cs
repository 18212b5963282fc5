using System.Collections.Generic;
using System.Globalization;
using CwLogs.Emulator.Model;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// Log group identifiers: a group name or a log group ARN (arn:aws:logs:REGION:ACCOUNT:log-group:NAME).
/// Operations that read a group accept logGroupName or logGroupIdentifier, never both: a rule across members,
/// so it is hand-written. An identifier's length and pattern are the model's LogGroupIdentifier shape (which
/// refuses the legacy ARN ending in ":*"); they are checked here as well because some members holding
/// identifiers are missing from the model (PutLogGroupDeletionProtection, DescribeLogGroups' logGroupIdentifiers).
/// </summary>
internal static class GroupIdentifier
{
    private const string ArnMarker = ":log-group:";

    /// <summary>The group name from logGroupName or logGroupIdentifier (exactly one of them).</summary>
    public static string Resolve(RequestBody body)
    {
        string? name = body.OptionalString("logGroupName");
        string? identifier = body.OptionalString("logGroupIdentifier");
        if (name is not null && identifier is not null)
            throw Errors.InvalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        if (name is not null) return name;
        if (identifier is null)
            throw Errors.InvalidParameter("Either logGroupName or logGroupIdentifier must be specified.");
        return ToName(identifier, "logGroupIdentifier");
    }

    /// <summary>A list member such as DescribeLogGroups' logGroupIdentifiers: 1 to <paramref name="max"/> identifiers, as names.</summary>
    public static IReadOnlyList<string>? OptionalList(RequestBody body, string member, int max)
    {
        IReadOnlyList<string>? identifiers = body.OptionalStringList(member);
        if (identifiers is null) return null;
        string shown = "[" + string.Join(", ", identifiers) + "]";
        if (identifiers.Count < 1) throw Errors.Constraint(member, shown, Constraints.MinLength(1));
        if (identifiers.Count > max) throw Errors.Constraint(member, shown, Constraints.MaxLength(max));
        var names = new List<string>(identifiers.Count);
        for (int i = 0; i < identifiers.Count; i++)
            names.Add(ToName(identifiers[i], member + "." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".member"));
        return names;
    }

    /// <summary>Checks the identifier against the model, then returns the group name it names (which must be a valid name).</summary>
    public static string ToName(string identifier, string member)
    {
        RequestValidator.CheckString(ServiceModel.Logs.Shape("LogGroupIdentifier"), identifier, member);
        string name = NameFromIdentifier(identifier);
        RequestValidator.CheckString(ServiceModel.Logs.Shape("LogGroupName"), name, member);
        return name;
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
