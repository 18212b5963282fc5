using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// The only retention periods CloudWatch Logs accepts. Hand-written because the model types
/// retentionInDays (shape Days) as a plain integer without these values.
/// </summary>
internal static class RetentionDays
{
    public static readonly IReadOnlyList<int> Allowed = new[]
    {
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    };

    public static int Check(int value)
    {
        if (!Allowed.Contains(value))
        {
            throw Errors.NotInEnum("retentionInDays", value.ToString(CultureInfo.InvariantCulture),
                Allowed.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        }
        return value;
    }
}
