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

    /// <summary>The generated fields, in the order results list them.</summary>
    public static readonly string[] GeneratedNames = { "@timestamp", "@message", "@logStream", "@log", "@ingestionTime" };

    /// <param name="resultTimes">true for query results ("2024-05-19 06:10:35.743"); false for GetLogRecord (epoch milliseconds).</param>
    public static OrderedDictionary<string, string> Of(ScannedEvent scanned, string accountId, bool resultTimes)
    {
        var fields = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in GeneratedNames) fields[name] = Generated(scanned, accountId, name, resultTimes)!;
        JsonFields.AddTo(fields, scanned.Event.Message);
        return fields;
    }

    /// <summary>One generated field's value, or null when <paramref name="name"/> is not a generated field.</summary>
    public static string? Generated(ScannedEvent scanned, string accountId, string name, bool resultTimes) => name switch
    {
        "@timestamp" => Time(scanned.Event.Timestamp, resultTimes),
        "@message" => scanned.Event.Message,
        "@logStream" => scanned.StreamName,
        "@log" => accountId + ":" + scanned.GroupName,
        "@ingestionTime" => Time(scanned.Event.IngestionTime, resultTimes),
        _ => null,
    };

    private static string Time(long epochMillis, bool formatted) => formatted
        ? DateTimeOffset.FromUnixTimeMilliseconds(epochMillis).UtcDateTime.ToString(ResultTimeFormat, CultureInfo.InvariantCulture)
        : epochMillis.ToString(CultureInfo.InvariantCulture);
}
