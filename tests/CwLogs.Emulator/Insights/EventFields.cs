using System;
using System.Collections.Generic;
using System.Globalization;

namespace CwLogs.Emulator.Insights;

/// <summary>
/// The fields of one stored event as Logs Insights sees them: the generated <c>@</c> fields, then the
/// fields discovered in a JSON message.
/// </summary>
internal static class EventFields
{
    /// <summary>How query results show @timestamp and @ingestionTime (UTC).</summary>
    public const string ResultTimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    /// <param name="resultTimes">true for query results ("2024-05-19 06:10:35.743"); false for GetLogRecord (epoch milliseconds).</param>
    public static OrderedDictionary<string, string> Of(ScannedEvent scanned, string accountId, bool resultTimes)
    {
        var fields = new OrderedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["@timestamp"] = Time(scanned.Event.Timestamp, resultTimes),
            ["@message"] = scanned.Event.Message,
            ["@logStream"] = scanned.StreamName,
            ["@log"] = accountId + ":" + scanned.GroupName,
            ["@ingestionTime"] = Time(scanned.Event.IngestionTime, resultTimes),
        };
        JsonFields.AddTo(fields, scanned.Event.Message);
        return fields;
    }

    private static string Time(long epochMillis, bool formatted) => formatted
        ? DateTimeOffset.FromUnixTimeMilliseconds(epochMillis).UtcDateTime.ToString(ResultTimeFormat, CultureInfo.InvariantCulture)
        : epochMillis.ToString(CultureInfo.InvariantCulture);
}
