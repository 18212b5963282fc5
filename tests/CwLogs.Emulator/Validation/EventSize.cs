using System.Text;
using CwLogs.Client.Operations;

namespace CwLogs.Emulator.Validation;

/// <summary>AWS's size accounting for log events: UTF-8 message bytes plus a fixed overhead per event (model/service-facts.json).</summary>
internal static class EventSize
{
    public const int PerEventOverhead = ServiceFacts.PerEventOverheadBytes;

    /// <summary>The PutLogEvents batch limit, also used as the 1 MB cap of a GetLogEvents/FilterLogEvents page.</summary>
    public const int MaxBatchBytes = ServiceFacts.MaxBatchBytes;

    public static int Of(string message) => Encoding.UTF8.GetByteCount(message) + PerEventOverhead;
}
