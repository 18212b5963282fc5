using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CwLogs.Client;

namespace CwLogs.Infrastructure.Batching
{
    /// <summary>
    /// Cuts a stream of events into PutLogEvents-sized batches (see <see cref="PutLogEventsLimits"/>). It holds at most
    /// one batch's worth of events (count and bytes). When the next event would not fit, and on <see cref="Flush"/>, what
    /// it holds is sorted by Timestamp (equal timestamps keep arrival order) and only then cut wherever the 24-hour span
    /// would be passed, so interleaved old and new events share calls instead of taking one call each.
    /// </summary>
    public sealed class EventBatcher
    {
        private static readonly IReadOnlyList<IReadOnlyList<InputLogEvent>> None = Array.Empty<IReadOnlyList<InputLogEvent>>();

        private List<InputLogEvent> _events = new List<InputLogEvent>();
        private long _bytes;

        /// <summary>Events held, not yet handed out in a batch.</summary>
        public int Count => _events.Count;

        /// <summary>Why the service could never accept <paramref name="e"/>, or null when it can be sent.</summary>
        public static string? Check(InputLogEvent e)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(e));
            }

            return Problem(e, out _);
        }

        /// <summary>
        /// Adds <paramref name="e"/>. When it does not fit with the events held (count or bytes), those are first sorted,
        /// cut by span and returned in <paramref name="completedBatches"/>, and <paramref name="e"/> starts afresh;
        /// otherwise <paramref name="completedBatches"/> is empty. Returns false, with the reason in
        /// <paramref name="rejection"/>, for an event the service could never accept; nothing held changes then.
        /// </summary>
        public bool TryAdd(InputLogEvent e, out IReadOnlyList<IReadOnlyList<InputLogEvent>> completedBatches, out string? rejection)
        {
            if (e is null)
            {
                throw new ArgumentNullException(nameof(e));
            }

            completedBatches = None;
            rejection = Problem(e, out int size);
            if (rejection != null)
            {
                return false;
            }

            if (_events.Count >= PutLogEventsLimits.MaxEventsPerBatch || _bytes + size > PutLogEventsLimits.MaxBatchBytes)
            {
                completedBatches = Flush();
            }

            _events.Add(e);
            _bytes += size;
            return true;
        }

        /// <summary>The events held, in arrival order, without handing them out.</summary>
        public IReadOnlyList<InputLogEvent> Peek() => _events.ToList();

        /// <summary>Hands out everything held as sorted batches, oldest first (none when empty), and empties the batcher.</summary>
        public IReadOnlyList<IReadOnlyList<InputLogEvent>> Flush()
        {
            if (_events.Count == 0)
            {
                return None;
            }

            // OrderBy is a stable sort, so equal timestamps keep their arrival order.
            List<InputLogEvent> sorted = _events.OrderBy(x => x.Timestamp).ToList();
            _events = new List<InputLogEvent>();
            _bytes = 0;
            return CutBySpan(sorted);
        }

        // Each batch starts at the oldest event not yet placed and takes every later one within 24 hours of it:
        // on sorted events that is the fewest batches possible.
        private static List<IReadOnlyList<InputLogEvent>> CutBySpan(List<InputLogEvent> sorted)
        {
            var batches = new List<IReadOnlyList<InputLogEvent>>();
            int start = 0;
            for (int i = 1; i <= sorted.Count; i++)
            {
                if (i == sorted.Count || sorted[i].Timestamp - sorted[start].Timestamp > PutLogEventsLimits.MaxBatchSpanMilliseconds)
                {
                    batches.Add(sorted.GetRange(start, i - start));
                    start = i;
                }
            }

            return batches;
        }

        private static string? Problem(InputLogEvent e, out int size)
        {
            size = 0;
            if (string.IsNullOrEmpty(e.Message))
            {
                return "The log event at " + Describe(e.Timestamp) + " has an empty message; CloudWatch Logs does not accept empty events.";
            }

            if (e.Timestamp < 0)
            {
                return "The log event at " + Describe(e.Timestamp) + " is before 1970-01-01T00:00:00Z; CloudWatch Logs does not accept events before 1970.";
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

        private static string Describe(long timestamp)
        {
            bool inRange = timestamp >= -62_135_596_800_000L && timestamp <= 253_402_300_799_999L;
            return inRange
                ? DateTimeOffset.FromUnixTimeMilliseconds(timestamp).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)
                : timestamp.ToString(CultureInfo.InvariantCulture) + " ms";
        }
    }
}
