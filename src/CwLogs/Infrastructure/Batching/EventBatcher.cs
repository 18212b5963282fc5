using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Batching
{
    /// <summary>
    /// Splits a stream of events into PutLogEvents-sized batches (see <see cref="PutLogEventsLimits"/>),
    /// each sorted by Timestamp with equal timestamps kept in arrival order. Only the open batch is held.
    /// </summary>
    public sealed class EventBatcher
    {
        private List<InputLogEvent> _events = new List<InputLogEvent>();
        private long _bytes;
        private long _minTimestamp;
        private long _maxTimestamp;
        private bool _inOrder = true;

        /// <summary>Events in the open batch.</summary>
        public int Count => _events.Count;

        /// <summary>
        /// Adds <paramref name="e"/>. When it does not fit the open batch, that batch is closed first and returned in
        /// <paramref name="completedBatch"/> (sorted), and <paramref name="e"/> starts the next one.
        /// Returns false, with the reason in <paramref name="rejection"/>, for an event the service could never accept;
        /// the open batch is then unchanged.
        /// </summary>
        public bool TryAdd(InputLogEvent e, out IReadOnlyList<InputLogEvent>? completedBatch, out string? rejection)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(e));
            }

            completedBatch = null;
            rejection = Problem(e, out int size);
            if (rejection != null)
            {
                return false;
            }

            if (_events.Count > 0 && !Fits(e.Timestamp, size))
            {
                completedBatch = Close();
            }

            Append(e, size);
            return true;
        }

        /// <summary>Closes and returns the open batch (sorted), or null when it is empty.</summary>
        public IReadOnlyList<InputLogEvent>? Flush()
        {
            return _events.Count == 0 ? null : Close();
        }

        private static string? Problem(InputLogEvent e, out int size)
        {
            size = 0;
            if (string.IsNullOrEmpty(e.Message))
            {
                return "The log event at " + Describe(e.Timestamp) + " has an empty message; CloudWatch Logs does not accept empty events.";
            }

            size = e.Size;
            if (size > PutLogEventsLimits.MaxEventBytes)
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "The log event at {0} is {1:N0} bytes (UTF-8 message plus {2} bytes overhead); the most one event may be is {3:N0} bytes.",
                    Describe(e.Timestamp), size, PutLogEventsLimits.PerEventOverheadBytes, PutLogEventsLimits.MaxEventBytes);
            }

            return null;
        }

        private bool Fits(long timestamp, int size)
        {
            long min = Math.Min(_minTimestamp, timestamp);
            long max = Math.Max(_maxTimestamp, timestamp);
            return _events.Count < PutLogEventsLimits.MaxEventsPerBatch
                && _bytes + size <= PutLogEventsLimits.MaxBatchBytes
                && max - min <= PutLogEventsLimits.MaxBatchSpanMilliseconds;
        }

        private void Append(InputLogEvent e, int size)
        {
            if (_events.Count == 0)
            {
                _minTimestamp = e.Timestamp;
                _maxTimestamp = e.Timestamp;
            }
            else
            {
                _inOrder &= e.Timestamp >= _maxTimestamp;
                _minTimestamp = Math.Min(_minTimestamp, e.Timestamp);
                _maxTimestamp = Math.Max(_maxTimestamp, e.Timestamp);
            }

            _events.Add(e);
            _bytes += size;
        }

        private IReadOnlyList<InputLogEvent> Close()
        {
            // OrderBy is a stable sort, so equal timestamps keep their arrival order; skip it when already ordered.
            IReadOnlyList<InputLogEvent> batch = _inOrder ? _events : _events.OrderBy(x => x.Timestamp).ToList();
            _events = new List<InputLogEvent>();
            _bytes = 0;
            _inOrder = true;
            return batch;
        }

        private static string Describe(long timestamp)
        {
            bool inRange = timestamp >= -62_135_596_800_000L && timestamp <= 253_402_300_799_999L;
            return inRange
                ? DateTimeOffset.FromUnixTimeMilliseconds(timestamp).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)
                : timestamp.ToString(CultureInfo.InvariantCulture) + " ms";
        }
    }
}
