using System.Collections.Generic;
using System.Linq;
using CwLogs.Client;
using CwLogs.Infrastructure.Batching;
using Xunit;

namespace CwLogs.Tests
{
    public class EventBatcherTests
    {
        private const long T0 = 1_700_000_000_000;
        private const long Day = 86_400_000;

        // An ASCII event whose Size (message bytes + 26) is exactly `size`.
        private static InputLogEvent OfSize(int size, long timestamp = T0) =>
            new InputLogEvent(timestamp, new string('x', size - PutLogEventsLimits.PerEventOverheadBytes));

        private static IReadOnlyList<InputLogEvent>? Add(EventBatcher batcher, InputLogEvent e)
        {
            Assert.True(batcher.TryAdd(e, out var completed, out var rejection), rejection);
            Assert.Null(rejection);
            return completed;
        }

        [Fact]
        public void LimitsMatchTheService()
        {
            Assert.Equal(10_000, PutLogEventsLimits.MaxEventsPerBatch);
            Assert.Equal(1_048_576, PutLogEventsLimits.MaxBatchBytes);
            Assert.Equal(26, PutLogEventsLimits.PerEventOverheadBytes);
            Assert.Equal(24L * 60 * 60 * 1000, PutLogEventsLimits.MaxBatchSpanMilliseconds);
        }

        [Theory]
        [InlineData("a", 27)]
        [InlineData("é", 28)]
        [InlineData("😀", 30)]
        [InlineData("héllo", 32)]
        public void SizeIsUtf8BytesPlusOverhead(string message, int size)
        {
            Assert.Equal(size, new InputLogEvent(T0, message).Size);
        }

        [Fact]
        public void TenThousandEventsFitOneBatchAndTheNextStartsAnother()
        {
            var batcher = new EventBatcher();
            for (int i = 0; i < 10_000; i++)
            {
                Assert.Null(Add(batcher, new InputLogEvent(T0 + i, "m")));
            }

            IReadOnlyList<InputLogEvent>? full = Add(batcher, new InputLogEvent(T0 + 10_000, "last"));

            Assert.NotNull(full);
            Assert.Equal(10_000, full!.Count);
            Assert.Equal(T0 + 9_999, full[^1].Timestamp);
            Assert.Equal(new[] { "last" }, batcher.Flush()!.Select(e => e.Message));
        }

        [Fact]
        public void ExactlyTheByteLimitFitsInOneBatch()
        {
            var batcher = new EventBatcher();
            Assert.Null(Add(batcher, OfSize(524_288)));
            Assert.Null(Add(batcher, OfSize(524_288)));

            IReadOnlyList<InputLogEvent>? full = Add(batcher, OfSize(27));

            Assert.Equal(2, full!.Count);
            Assert.Equal(1_048_576, full.Sum(e => e.Size));
            Assert.Single(batcher.Flush()!);
        }

        [Fact]
        public void OneByteOverTheLimitSplits()
        {
            var batcher = new EventBatcher();
            Assert.Null(Add(batcher, OfSize(524_288)));

            IReadOnlyList<InputLogEvent>? first = Add(batcher, OfSize(524_289));

            Assert.Equal(524_288, Assert.Single(first!).Size);
            Assert.Equal(524_289, Assert.Single(batcher.Flush()!).Size);
        }

        [Fact]
        public void MultiByteCharactersCountAsTheirUtf8Bytes()
        {
            // 'é' is 2 bytes: 262,131 of them + 26 = 524,288 bytes although the string has 262,131 chars.
            var batcher = new EventBatcher();
            var wide = new InputLogEvent(T0, new string('é', 262_131));
            Assert.Null(Add(batcher, wide));
            Assert.Null(Add(batcher, OfSize(524_288)));
            Assert.NotNull(Add(batcher, OfSize(27)));
        }

        [Fact]
        public void EventOfExactlyTheLimitIsAcceptedAlone()
        {
            var batcher = new EventBatcher();
            Assert.Null(Add(batcher, OfSize(1_048_576)));
            Assert.Equal(1_048_576, Assert.Single(batcher.Flush()!).Size);
        }

        [Fact]
        public void EventOneByteOverTheLimitIsRejectedAndOthersAreUnaffected()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0, "before"));

            bool added = batcher.TryAdd(OfSize(1_048_577), out var completed, out var rejection);

            Assert.False(added);
            Assert.Null(completed);
            Assert.Equal(
                "The log event at 2023-11-14T22:13:20.000Z is 1,048,577 bytes (UTF-8 message plus 26 bytes overhead); " +
                "the most one event may be is 1,048,576 bytes.",
                rejection);
            Add(batcher, new InputLogEvent(T0 + 1, "after"));
            Assert.Equal(new[] { "before", "after" }, batcher.Flush()!.Select(e => e.Message));
        }

        [Theory]
        [InlineData("")]
        [InlineData(null)]
        public void EmptyMessageIsRejected(string? message)
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0, "kept"));

            bool added = batcher.TryAdd(new InputLogEvent(T0, message!), out var completed, out var rejection);

            Assert.False(added);
            Assert.Null(completed);
            Assert.Equal("The log event at 2023-11-14T22:13:20.000Z has an empty message; CloudWatch Logs does not accept empty events.", rejection);
            Assert.Equal(new[] { "kept" }, batcher.Flush()!.Select(e => e.Message));
        }

        [Fact]
        public void ExactlyTwentyFourHoursSpanFitsInOneBatch()
        {
            var batcher = new EventBatcher();
            Assert.Null(Add(batcher, new InputLogEvent(T0, "a")));
            Assert.Null(Add(batcher, new InputLogEvent(T0 + Day, "b")));
            Assert.Null(Add(batcher, new InputLogEvent(T0 + Day / 2, "c")));
            Assert.Equal(3, batcher.Flush()!.Count);
        }

        [Fact]
        public void OneMillisecondMoreThanTwentyFourHoursSplits()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0, "a"));

            IReadOnlyList<InputLogEvent>? first = Add(batcher, new InputLogEvent(T0 + Day + 1, "b"));

            Assert.Equal("a", Assert.Single(first!).Message);
            Assert.Equal("b", Assert.Single(batcher.Flush()!).Message);
        }

        [Fact]
        public void SpanCountsEarlierEventsToo()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0, "a"));
            Add(batcher, new InputLogEvent(T0 - Day, "b"));

            IReadOnlyList<InputLogEvent>? first = Add(batcher, new InputLogEvent(T0 - Day - 1, "c"));

            Assert.Equal(new[] { "b", "a" }, first!.Select(e => e.Message));
            Assert.Equal("c", Assert.Single(batcher.Flush()!).Message);
        }

        [Fact]
        public void BatchesAreSortedByTimestamp()
        {
            var batcher = new EventBatcher();
            foreach (long offset in new long[] { 30, 10, 20, 0, 50, 40 })
            {
                Add(batcher, new InputLogEvent(T0 + offset, offset.ToString()));
            }

            Assert.Equal(new long[] { 0, 10, 20, 30, 40, 50 }, batcher.Flush()!.Select(e => e.Timestamp - T0));
        }

        [Fact]
        public void ClosedBatchIsSortedToo()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0 + 2, "c"));
            Add(batcher, new InputLogEvent(T0, "a"));
            Add(batcher, new InputLogEvent(T0 + 1, "b"));

            IReadOnlyList<InputLogEvent>? closed = Add(batcher, new InputLogEvent(T0 + 2 * Day, "next"));

            Assert.Equal(new[] { "a", "b", "c" }, closed!.Select(e => e.Message));
        }

        [Fact]
        public void EqualTimestampsKeepArrivalOrder()
        {
            var batcher = new EventBatcher();
            var input = new[]
            {
                new InputLogEvent(T0 + 5, "late-1"),
                new InputLogEvent(T0, "first-1"),
                new InputLogEvent(T0 + 5, "late-2"),
                new InputLogEvent(T0, "first-2"),
                new InputLogEvent(T0 + 5, "late-3"),
                new InputLogEvent(T0, "first-3"),
            };
            foreach (InputLogEvent e in input)
            {
                Add(batcher, e);
            }

            Assert.Equal(
                new[] { "first-1", "first-2", "first-3", "late-1", "late-2", "late-3" },
                batcher.Flush()!.Select(e => e.Message));
        }

        [Fact]
        public void FlushReturnsNullWhenEmptyAndEmptiesTheBatcher()
        {
            var batcher = new EventBatcher();
            Assert.Null(batcher.Flush());

            Add(batcher, new InputLogEvent(T0, "a"));
            Assert.Equal(1, batcher.Count);
            Assert.Single(batcher.Flush()!);

            Assert.Equal(0, batcher.Count);
            Assert.Null(batcher.Flush());
        }

        [Fact]
        public void BatcherStartsFreshAfterFlush()
        {
            // A flushed batch's span and bytes must not leak into the next batch.
            var batcher = new EventBatcher();
            Add(batcher, OfSize(1_048_576, T0));
            batcher.Flush();

            Assert.Null(Add(batcher, OfSize(1_048_576, T0 + 10 * Day)));
            Assert.Single(batcher.Flush()!);
        }

        [Fact]
        public void EveryEventComesOutExactlyOnceAcrossManyBatches()
        {
            var batcher = new EventBatcher();
            var sent = new List<InputLogEvent>();
            var batches = new List<IReadOnlyList<InputLogEvent>>();
            for (int i = 0; i < 25_000; i++)
            {
                // Timestamps wander back and forth over three days.
                var e = new InputLogEvent(T0 + (i * 7_919_003L % (3 * Day)), "event " + i);
                sent.Add(e);
                IReadOnlyList<InputLogEvent>? done = Add(batcher, e);
                if (done != null)
                {
                    batches.Add(done);
                }
            }

            batches.Add(batcher.Flush()!);

            Assert.Equal(sent.Select(e => e.Message).OrderBy(m => m), batches.SelectMany(b => b).Select(e => e.Message).OrderBy(m => m));
            foreach (IReadOnlyList<InputLogEvent> batch in batches)
            {
                Assert.InRange(batch.Count, 1, PutLogEventsLimits.MaxEventsPerBatch);
                Assert.True(batch.Sum(e => (long)e.Size) <= PutLogEventsLimits.MaxBatchBytes);
                Assert.True(batch[^1].Timestamp - batch[0].Timestamp <= PutLogEventsLimits.MaxBatchSpanMilliseconds);
                Assert.Equal(batch.OrderBy(e => e.Timestamp).Select(e => e.Timestamp), batch.Select(e => e.Timestamp));
            }
        }
    }
}
