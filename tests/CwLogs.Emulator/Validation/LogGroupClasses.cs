using System.Collections.Generic;
using System.Linq;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// Values of the LogGroupClass enum; STANDARD is the default. Hand-written because the model's
/// LogGroupClass comes from the aws-sdk model, which carries no enum.
/// </summary>
internal static class LogGroupClasses
{
    public const string Standard = "STANDARD";
    private static readonly string[] All = { Standard, "INFREQUENT_ACCESS", "DELIVERY" };

    public static IReadOnlyList<string> Values => All;

    public static string Check(string value, string member = "logGroupClass") =>
        All.Contains(value) ? value : throw Errors.NotInEnum(member, value, All);
}
