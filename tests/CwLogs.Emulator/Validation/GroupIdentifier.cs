using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// Operations that read a group accept either logGroupName or logGroupIdentifier
/// (a name or a log group ARN), never both; this resolves either to a group name.
/// </summary>
internal static class GroupIdentifier
{
    private const string ArnMarker = ":log-group:";

    public static string Resolve(RequestBody body)
    {
        string? name = body.OptionalString("logGroupName");
        string? identifier = body.OptionalString("logGroupIdentifier");
        if (name is not null && identifier is not null)
            throw Errors.InvalidParameter("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        if (name is not null) return Names.Group(name);
        if (identifier is null)
            throw Errors.InvalidParameter("Either logGroupName or logGroupIdentifier must be specified.");
        return Names.Group(NameFromIdentifier(identifier), "logGroupIdentifier");
    }

    /// <summary>arn:aws:logs:region:account:log-group:NAME[:*] → NAME; a plain name is returned as is.</summary>
    private static string NameFromIdentifier(string identifier)
    {
        if (!identifier.StartsWith("arn:", System.StringComparison.Ordinal)) return identifier;
        int marker = identifier.IndexOf(ArnMarker, System.StringComparison.Ordinal);
        if (marker < 0)
            throw Errors.InvalidParameter($"The logGroupIdentifier '{identifier}' is not a valid log group ARN.");
        string name = identifier.Substring(marker + ArnMarker.Length);
        return name.EndsWith(":*", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) : name;
    }
}
