using System.Globalization;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>Members of the model's Timestamp shape: a long of at least 0 (epoch seconds or milliseconds, per operation).</summary>
internal static class Timestamps
{
    public static long Required(RequestBody body, string member) =>
        Optional(body, member) ?? throw Errors.MissingMember(member);

    public static long? Optional(RequestBody body, string member)
    {
        long? value = body.OptionalLong(member);
        if (value < 0)
            throw Errors.Constraint(member, value.Value.ToString(CultureInfo.InvariantCulture), "Member must have value greater than or equal to 0");
        return value;
    }
}
