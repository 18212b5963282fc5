using System.Text;

namespace CwLogs.Emulator.Validation;

/// <summary>AWS's size accounting for log events: UTF-8 message bytes plus 26 bytes per event.</summary>
internal static class EventSize
{
    public const int PerEventOverhead = 26;

    /// <summary>The PutLogEvents batch limit, also used as the 1 MB cap of a GetLogEvents/FilterLogEvents page.</summary>
    public const int MaxBatchBytes = 1_048_576;

    public static int Of(string message) => Encoding.UTF8.GetByteCount(message) + PerEventOverhead;
}
