using System.Collections.Generic;
using System.Linq;
using CwLogs.Emulator.Model;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>StartQuery's log groups: exactly one of logGroupName, logGroupNames (up to 50) or logGroupIdentifiers (up to 50).</summary>
internal static class QueryLogGroups
{
    public const int MaxGroups = 50;

    public static IReadOnlyList<string> Resolve(RequestBody body)
    {
        int given = new[] { "logGroupName", "logGroupNames", "logGroupIdentifiers" }.Count(body.Has);
        if (given != 1)
            throw Errors.InvalidParameter("Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.");
        if (body.OptionalString("logGroupName") is string name) return new[] { name };
        if (body.OptionalStringList("logGroupNames") is IReadOnlyList<string> names)
        {
            CheckCount(names, "logGroupNames");
            return names.Distinct().ToList();
        }
        return GroupIdentifier.OptionalList(body, "logGroupIdentifiers", MaxGroups)!.Distinct().ToList();
    }

    // The model's LogGroupNames list has no length constraints (each name's are the model's), so the count stays here.
    private static void CheckCount(IReadOnlyList<string> names, string member)
    {
        string shown = "[" + string.Join(", ", names) + "]";
        if (names.Count < 1) throw Errors.Constraint(member, shown, Constraints.MinLength(1));
        if (names.Count > MaxGroups) throw Errors.Constraint(member, shown, Constraints.MaxLength(MaxGroups));
    }
}
