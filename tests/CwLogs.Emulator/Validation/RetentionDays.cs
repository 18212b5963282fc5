using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CwLogs.Client.Operations;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// The only retention periods CloudWatch Logs accepts, from model/service-facts.json: the model types
/// retentionInDays (shape Days) as a plain integer without these values.
/// </summary>
internal static class RetentionDays
{
    public static readonly IReadOnlyList<int> Allowed = ServiceFacts.RetentionDays;

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
