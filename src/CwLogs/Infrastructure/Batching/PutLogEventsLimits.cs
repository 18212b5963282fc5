namespace CwLogs.Infrastructure.Batching
{
    /// <summary>The limits the CloudWatch Logs service puts on one PutLogEvents call.</summary>
    public static class PutLogEventsLimits
    {
        /// <summary>Most events one call may carry.</summary>
        public const int MaxEventsPerBatch = 10_000;

        /// <summary>Most bytes one call may carry, counted as the sum of <see cref="Client.InputLogEvent.Size"/>.</summary>
        public const int MaxBatchBytes = 1_048_576;

        /// <summary>Bytes the service adds to each event's UTF-8 message when counting a batch.</summary>
        public const int PerEventOverheadBytes = 26;

        /// <summary>Largest size one event may have; the batch limit is the only cap we enforce.</summary>
        public const int MaxEventBytes = MaxBatchBytes;

        /// <summary>Widest allowed gap between the oldest and newest event of a batch: 24 hours (inclusive).</summary>
        public const long MaxBatchSpanMilliseconds = 24L * 60 * 60 * 1000;
    }
}
