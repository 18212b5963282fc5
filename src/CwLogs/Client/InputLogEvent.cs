using System.Text;
using System.Text.Json.Serialization;
using CwLogs.Infrastructure.Batching;

namespace CwLogs.Client
{
    /// <summary>One event for PutLogEvents: <paramref name="Timestamp"/> is epoch milliseconds (UTC).</summary>
    public sealed record InputLogEvent(long Timestamp, string Message)
    {
        /// <summary>
        /// What this event counts against the batch limit: UTF-8 bytes of Message plus the service's
        /// fixed per-event overhead (<see cref="PutLogEventsLimits.PerEventOverheadBytes"/>).
        /// </summary>
        [JsonIgnore]
        public int Size => Encoding.UTF8.GetByteCount(Message ?? string.Empty) + PutLogEventsLimits.PerEventOverheadBytes;
    }
}
