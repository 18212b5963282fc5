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

        // The batches that adding `e` completed (empty while the open buffer still has room).
        private static IReadOnlyList<IReadOnlyList<InputLogEvent>> Add(EventBatcher batcher, InputLogEvent e)
        {
            Assert.True(batcher.TryAdd(e, out var completed, out var rejection), rejection);
            Assert.Null(rejection);
            return completed;
        }

        private static IReadOnlyList<InputLogEvent> Single(IReadOnlyList<IReadOnlyList<InputLogEvent>> batches) => Assert.Single(batches);

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
                Assert.Empty(Add(batcher, new InputLogEvent(T0 + i, "m")));
            }

            IReadOnlyList<InputLogEvent> full = Single(Add(batcher, new InputLogEvent(T0 + 10_000, "last")));

            Assert.Equal(10_000, full.Count);
            Assert.Equal(T0 + 9_999, full[^1].Timestamp);
            Assert.Equal(new[] { "last" }, Single(batcher.Flush()).Select(e => e.Message));
        }

        [Fact]
        public void ExactlyTheByteLimitFitsInOneBatch()
        {
            var batcher = new EventBatcher();
            Assert.Empty(Add(batcher, OfSize(524_288)));
            Assert.Empty(Add(batcher, OfSize(524_288)));

            IReadOnlyList<InputLogEvent> full = Single(Add(batcher, OfSize(27)));

            Assert.Equal(2, full.Count);
            Assert.Equal(1_048_576, full.Sum(e => e.Size));
            Assert.Single(Single(batcher.Flush()));
        }

        [Fact]
        public void OneByteOverTheLimitSplits()
        {
            var batcher = new EventBatcher();
            Assert.Empty(Add(batcher, OfSize(524_288)));

            IReadOnlyList<InputLogEvent> first = Single(Add(batcher, OfSize(524_289)));

            Assert.Equal(524_288, Assert.Single(first).Size);
            Assert.Equal(524_289, Assert.Single(Single(batcher.Flush())).Size);
        }

        [Fact]
        public void MultiByteCharactersCountAsTheirUtf8Bytes()
        {
            // 'é' is 2 bytes: 262,131 of them + 26 = 524,288 bytes although the string has 262,131 chars.
            var batcher = new EventBatcher();
            var wide = new InputLogEvent(T0, new string('é', 262_131));
            Assert.Empty(Add(batcher, wide));
            Assert.Empty(Add(batcher, OfSize(524_288)));
            Assert.NotEmpty(Add(batcher, OfSize(27)));
        }

        [Fact]
        public void EventOfExactlyTheLimitIsAcceptedAlone()
        {
            var batcher = new EventBatcher();
            Assert.Empty(Add(batcher, OfSize(1_048_576)));
            Assert.Equal(1_048_576, Assert.Single(Single(batcher.Flush())).Size);
        }

        [Fact]
        public void EventOneByteOverTheLimitIsRejectedAndOthersAreUnaffected()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0, "before"));

            bool added = batcher.TryAdd(OfSize(1_048_577), out var completed, out var rejection);

            Assert.False(added);
            Assert.Empty(completed);
            Assert.Equal(
                "The log event at 2023-11-14T22:13:20.000Z is 1,048,577 bytes (UTF-8 message plus 26 bytes overhead); " +
                "the most one event may be is 1,048,576 bytes.",
                rejection);
            Add(batcher, new InputLogEvent(T0 + 1, "after"));
            Assert.Equal(new[] { "before", "after" }, Single(batcher.Flush()).Select(e => e.Message));
        }

        [Fact]
        public void EventBefore1970IsRejected()
        {
            var old = new InputLogEvent(new DateTimeOffset(1969, 7, 20, 20, 17, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), "landing");

            Assert.Equal(
                "The log event at 1969-07-20T20:17:00.000Z is before 1970-01-01T00:00:00Z; CloudWatch Logs does not accept events before 1970.",
                EventBatcher.Check(old));
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
            Assert.Empty(completed);
            Assert.Equal("The log event at 2023-11-14T22:13:20.000Z has an empty message; CloudWatch Logs does not accept empty events.", rejection);
            Assert.Equal(new[] { "kept" }, Single(batcher.Flush()).Select(e => e.Message));
        }

        [Fact]
        public void ExactlyTwentyFourHoursSpanFitsInOneBatch()
        {
            var batcher = new EventBatcher();
            Assert.Empty(Add(batcher, new InputLogEvent(T0, "a")));
            Assert.Empty(Add(batcher, new InputLogEvent(T0 + Day, "b")));
            Assert.Empty(Add(batcher, new InputLogEvent(T0 + Day / 2, "c")));
            Assert.Equal(3, Single(batcher.Flush()).Count);
        }

        [Fact]
        public void OneMillisecondMoreThanTwentyFourHoursSplits()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0, "a"));
            Assert.Empty(Add(batcher, new InputLogEvent(T0 + Day + 1, "b")));

            var batches = batcher.Flush();

            Assert.Equal(2, batches.Count);
            Assert.Equal("a", Assert.Single(batches[0]).Message);
            Assert.Equal("b", Assert.Single(batches[1]).Message);
        }

        [Fact]
        public void SpanCountsEarlierEventsToo()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0, "a"));
            Add(batcher, new InputLogEvent(T0 - Day, "b"));
            Add(batcher, new InputLogEvent(T0 - Day - 1, "c"));

            var batches = batcher.Flush();

            // Sorted first (c, b, a), then cut where the span would pass 24 hours: after b.
            Assert.Equal(2, batches.Count);
            Assert.Equal(new[] { "c", "b" }, batches[0].Select(e => e.Message));
            Assert.Equal("a", Assert.Single(batches[1]).Message);
        }

        [Fact]
        public void BatchesAreSortedByTimestamp()
        {
            var batcher = new EventBatcher();
            foreach (long offset in new long[] { 30, 10, 20, 0, 50, 40 })
            {
                Add(batcher, new InputLogEvent(T0 + offset, offset.ToString()));
            }

            Assert.Equal(new long[] { 0, 10, 20, 30, 40, 50 }, Single(batcher.Flush()).Select(e => e.Timestamp - T0));
        }

        [Fact]
        public void ClosedBatchIsSortedToo()
        {
            var batcher = new EventBatcher();
            Add(batcher, new InputLogEvent(T0 + 2, "c"));
            Add(batcher, new InputLogEvent(T0, "a"));
            Add(batcher, new InputLogEvent(T0 + 1, "b"));

            Add(batcher, new InputLogEvent(T0 + 2 * Day, "next"));

            var batches = batcher.Flush();

            Assert.Equal(new[] { "a", "b", "c" }, batches[0].Select(e => e.Message));
            Assert.Equal("next", Assert.Single(batches[1]).Message);
        }

        [Fact]
        public void InterleavedTimestampsMoreThanADayApartGoInTwoBatches()
        {
            // Old and new events alternate: sorting before cutting keeps this at two calls, not one per event.
            var batcher = new EventBatcher();
            for (int i = 0; i < 100; i++)
            {
                Assert.Empty(Add(batcher, new InputLogEvent(i % 2 == 0 ? T0 + i : T0 + 2 * Day + i, "e" + i)));
            }

            var batches = batcher.Flush();

            Assert.Equal(2, batches.Count);
            Assert.All(batches[0], e => Assert.True(e.Timestamp < T0 + Day));
            Assert.All(batches[1], e => Assert.True(e.Timestamp > T0 + Day));
            Assert.Equal(new[] { 50, 50 }, batches.Select(b => b.Count));
        }

        [Fact]
        public void AFullBufferOfInterleavedEventsIsCutIntoTheFewestBatches()
        {
            var batcher = new EventBatcher();
            for (int i = 0; i < 10_000; i++)
            {
                Assert.Empty(Add(batcher, new InputLogEvent(i % 2 == 0 ? T0 : T0 + 3 * Day, "e" + i)));
            }

            var completed = Add(batcher, new InputLogEvent(T0, "next"));

            Assert.Equal(new[] { 5_000, 5_000 }, completed.Select(b => b.Count));
            Assert.Equal(new[] { "next" }, Single(batcher.Flush()).Select(e => e.Message));
        }

        [Fact]
        public void ABatchStartsAtItsOldestEventAndTakesEverythingWithinTwentyFourHours()
        {
            var batcher = new EventBatcher();
            foreach (long offset in new[] { 3 * Day, 0, Day + 1, Day, 2 * Day + 1 })
            {
                Add(batcher, new InputLogEvent(T0 + offset, offset.ToString()));
            }

            var batches = batcher.Flush();

            Assert.Equal(new[] { new[] { 0, Day }, new[] { Day + 1, 2 * Day + 1 }, new[] { 3 * Day } },
                batches.Select(b => b.Select(e => e.Timestamp - T0).ToArray()));
        }

        [Theory]
        [InlineData("", "has an empty message")]
        [InlineData("ok", null)]
        public void CheckTellsWhyAnEventCanNeverBeSent(string message, string? reason)
        {
            string? rejection = EventBatcher.Check(new InputLogEvent(T0, message));
            if (reason is null)
            {
                Assert.Null(rejection);
            }
            else
            {
                Assert.Contains(reason, rejection);
            }
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
                Single(batcher.Flush()).Select(e => e.Message));
        }

        [Fact]
        public void FlushReturnsNullWhenEmptyAndEmptiesTheBatcher()
        {
            var batcher = new EventBatcher();
            Assert.Empty(batcher.Flush());

            Add(batcher, new InputLogEvent(T0, "a"));
            Assert.Equal(1, batcher.Count);
            Assert.Single(Single(batcher.Flush()));

            Assert.Equal(0, batcher.Count);
            Assert.Empty(batcher.Flush());
        }

        [Fact]
        public void BatcherStartsFreshAfterFlush()
        {
            // A flushed batch's span and bytes must not leak into the next batch.
            var batcher = new EventBatcher();
            Add(batcher, OfSize(1_048_576, T0));
            batcher.Flush();

            Assert.Empty(Add(batcher, OfSize(1_048_576, T0 + 10 * Day)));
            Assert.Single(Single(batcher.Flush()));
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
                batches.AddRange(Add(batcher, e));
            }

            batches.AddRange(batcher.Flush());

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
