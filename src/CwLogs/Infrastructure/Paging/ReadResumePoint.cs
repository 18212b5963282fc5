using System.Globalization;
using CwLogs.Infrastructure.Time;

namespace CwLogs.Infrastructure.Paging;

/// <summary>
/// Where a paged read stopped: the token of the page that could not be read (give it to -NextToken to read on
/// from there) and the time of the last event handed on. The TargetObject of the error that ended the read.
/// </summary>
public sealed class ReadResumePoint
{
    public ReadResumePoint(string operation) => Operation = operation;

    /// <summary>The operation whose page failed, e.g. GetLogEvents.</summary>
    public string Operation { get; }

    /// <summary>What was being read (the stream or group name the error is about).</summary>
    public object? Target { get; internal set; }

    /// <summary>The token of the first page not read: -NextToken reads on from here.</summary>
    public string? NextToken { get; internal set; }

    /// <summary>The time of the last event written before the read stopped; null when none was.</summary>
    public DateTimeOffset? LastEventTime { get; internal set; }

    /// <summary>True while a page of events asked for with a token is being read: -NextToken can read on from it.</summary>
    internal bool IsResumable { get; set; }

    /// <summary>Pages read in full before the one that failed.</summary>
    public int PagesRead { get; internal set; }

    internal void PageRead(long? lastTimestamp)
    {
        PagesRead++;
        if (lastTimestamp is long ms) LastEventTime = TimeOutput.FromEpochMilliseconds(ms);
    }

    /// <summary>How to read on, as one sentence.</summary>
    internal string HowToResume()
    {
        var after = LastEventTime is DateTimeOffset last
            ? string.Create(CultureInfo.InvariantCulture, $" (the last event read is from {last:yyyy-MM-ddTHH:mm:ss.fffzzz}, so -StartTime '{last:o}' also works, repeating the events of that millisecond)")
            : "";
        return $"To read on from page {PagesRead + 1}, run the same command with -NextToken '{NextToken}'{after}.";
    }

    public override string ToString() => $"{Target} at {NextToken}";
}
