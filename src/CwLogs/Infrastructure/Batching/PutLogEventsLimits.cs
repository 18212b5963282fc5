using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Batching
{
    /// <summary>The limits the CloudWatch Logs service puts on one PutLogEvents call (values from model/service-facts.json).</summary>
    public static class PutLogEventsLimits
    {
        /// <summary>Most events one call may carry.</summary>
        public const int MaxEventsPerBatch = ServiceFacts.MaxEventsPerBatch;

        /// <summary>Most bytes one call may carry, counted as the sum of <see cref="Client.InputLogEvent.Size"/>.</summary>
        public const int MaxBatchBytes = ServiceFacts.MaxBatchBytes;

        /// <summary>Bytes the service adds to each event's UTF-8 message when counting a batch.</summary>
        public const int PerEventOverheadBytes = ServiceFacts.PerEventOverheadBytes;

        /// <summary>Largest size one event may have; the batch limit is the only cap we enforce.</summary>
        public const int MaxEventBytes = MaxBatchBytes;

        /// <summary>Widest allowed gap between the oldest and newest event of a batch (inclusive).</summary>
        public const long MaxBatchSpanMilliseconds = ServiceFacts.MaxBatchSpanHours * 60L * 60 * 1000;
    }
}
