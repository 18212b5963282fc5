using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
        if (body.OptionalString("logGroupName") is string name) return new[] { Names.Group(name) };
        if (body.OptionalStringList("logGroupNames") is IReadOnlyList<string> names)
        {
            CheckCount(names.Count, "logGroupNames");
            for (int i = 0; i < names.Count; i++)
                Names.Group(names[i], "logGroupNames." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".member");
            return names.Distinct().ToList();
        }
        return GroupIdentifier.OptionalList(body, "logGroupIdentifiers", MaxGroups)!.Distinct().ToList();
    }

    private static void CheckCount(int count, string member)
    {
        if (count < 1) throw Errors.Constraint(member, "[]", "Member must have length greater than or equal to 1");
        if (count > MaxGroups)
            throw Errors.Constraint(member, count.ToString(CultureInfo.InvariantCulture) + " names", $"Member must have length less than or equal to {MaxGroups}");
    }
}
