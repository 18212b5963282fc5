using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using CwLogs.Model;

namespace CwLogs.Infrastructure.Time;

/// <summary>
/// Keeps the milliseconds of output times in text. Export-Csv writes a value with its own ToString(), and
/// DateTimeOffset's prints the culture's date to the second, so `Get-CwLogEvent | Export-Csv` lost the
/// milliseconds. PowerShell sees each time property of the output types through a CodeProperty (registered by
/// CwLogs.psm1 with <see cref="TypeData"/>) that hands back the same DateTimeOffset, tagged
/// <see cref="TypeName"/>, whose ToString() is ISO 8601 to the millisecond with the offset
/// (2026-12-04T16:25:20.123+01:00): one instant that Import-Csv, [DateTimeOffset] and -StartTime read back.
/// Comparisons, ToString(format), ConvertTo-Json and the .NET API see a plain DateTimeOffset.
/// </summary>
public static class OutputTimeText
{
    public const string TypeName = "System.DateTimeOffset#CwLogs";

    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    /// <summary>The time, tagged so that it prints with milliseconds; null stays null.</summary>
    public static object? Wrap(DateTimeOffset? value)
    {
        if (value is not DateTimeOffset time) return null;
        var tagged = PSObject.AsPSObject(time);
        tagged.TypeNames.Insert(0, TypeName);
        return tagged;
    }

    /// <summary>
    /// ToString() of a tagged time: ISO 8601 to the millisecond; ToString(format), ToString(provider) and
    /// ToString(format, provider) are DateTimeOffset's own. (Optional parameters: PowerShell's code methods
    /// mishandle params arrays.)
    /// </summary>
    public static string Text(PSObject instance, object? formatOrProvider = null, IFormatProvider? provider = null)
    {
        var time = (DateTimeOffset)instance.BaseObject;
        return formatOrProvider switch
        {
            null when provider is null => time.ToString(Format, CultureInfo.InvariantCulture),
            IFormatProvider onlyProvider => time.ToString(onlyProvider),
            _ => time.ToString(formatOrProvider?.ToString(), provider),
        };
    }

    /// <summary>The type data CwLogs.psm1 registers: the ToString of tagged times and one CodeProperty per output time.</summary>
    public static TypeData[] TypeData()
    {
        var data = new List<TypeData>();
        var text = new TypeData(TypeName);
        text.Members.Add("ToString", new CodeMethodData("ToString", typeof(OutputTimeText).GetMethod(nameof(Text))));
        data.Add(text);
        foreach (var group in Getters().GroupBy(g => g.Type))
        {
            var type = new TypeData(group.Key);
            foreach (var (_, name, getter) in group) type.Members.Add(name, new CodePropertyData(name, getter));
            data.Add(type);
        }
        return data.ToArray();
    }

    /// <summary>Each getter below, named Type_Property, as (type, property, getter).</summary>
    public static IEnumerable<(Type Type, string Name, MethodInfo Getter)> Getters()
    {
        foreach (var method in typeof(OutputTimeText).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            var parts = method.Name.Split('_');
            if (parts.Length != 2) continue;
            var type = typeof(LogEvent).Assembly.GetType("CwLogs.Model." + parts[0], throwOnError: true)!;
            yield return (type, parts[1], method);
        }
    }

    private static T Of<T>(PSObject instance) => (T)instance.BaseObject;

    public static object? LogEvent_Timestamp(PSObject o) => Wrap(Of<LogEvent>(o).Timestamp);
    public static object? LogEvent_IngestionTime(PSObject o) => Wrap(Of<LogEvent>(o).IngestionTime);
    public static object? LogGroup_CreationTime(PSObject o) => Wrap(Of<LogGroup>(o).CreationTime);
    public static object? LogStream_CreationTime(PSObject o) => Wrap(Of<LogStream>(o).CreationTime);
    public static object? LogStream_FirstEventTimestamp(PSObject o) => Wrap(Of<LogStream>(o).FirstEventTimestamp);
    public static object? LogStream_LastEventTimestamp(PSObject o) => Wrap(Of<LogStream>(o).LastEventTimestamp);
    public static object? LogStream_LastIngestionTime(PSObject o) => Wrap(Of<LogStream>(o).LastIngestionTime);
    public static object? PutLogEventsResult_FirstTimestamp(PSObject o) => Wrap(Of<PutLogEventsResult>(o).FirstTimestamp);
    public static object? PutLogEventsResult_LastTimestamp(PSObject o) => Wrap(Of<PutLogEventsResult>(o).LastTimestamp);
    public static object? LogEventToSend_Timestamp(PSObject o) => Wrap(Of<LogEventToSend>(o).Timestamp);
    public static object? ExportTask_From(PSObject o) => Wrap(Of<ExportTask>(o).From);
    public static object? ExportTask_To(PSObject o) => Wrap(Of<ExportTask>(o).To);
    public static object? ExportTask_CreationTime(PSObject o) => Wrap(Of<ExportTask>(o).CreationTime);
    public static object? ExportTask_CompletionTime(PSObject o) => Wrap(Of<ExportTask>(o).CompletionTime);
    public static object? LogQuery_StartTime(PSObject o) => Wrap(Of<LogQuery>(o).StartTime);
    public static object? LogQuery_EndTime(PSObject o) => Wrap(Of<LogQuery>(o).EndTime);
    public static object? LogQuery_CreateTime(PSObject o) => Wrap(Of<LogQuery>(o).CreateTime);
    public static object? Destination_CreationTime(PSObject o) => Wrap(Of<Destination>(o).CreationTime);
    public static object? MetricFilter_CreationTime(PSObject o) => Wrap(Of<MetricFilter>(o).CreationTime);
    public static object? QueryDefinition_LastModified(PSObject o) => Wrap(Of<QueryDefinition>(o).LastModified);
    public static object? ResourcePolicy_LastUpdatedTime(PSObject o) => Wrap(Of<ResourcePolicy>(o).LastUpdatedTime);
    public static object? SubscriptionFilter_CreationTime(PSObject o) => Wrap(Of<SubscriptionFilter>(o).CreationTime);
}
