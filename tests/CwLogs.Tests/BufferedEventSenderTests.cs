using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using CwLogs.Client;
using CwLogs.Infrastructure.Batching;
using Xunit;

namespace CwLogs.Tests
{
    public class BufferedEventSenderTests
    {
        private const long T0 = 1_700_000_000_000;
        private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

        private readonly ConcurrentQueue<IReadOnlyList<InputLogEvent>> _sent = new ConcurrentQueue<IReadOnlyList<InputLogEvent>>();

        private void Record(IReadOnlyList<InputLogEvent> batch, CancellationToken token) => _sent.Enqueue(batch);

        private static InputLogEvent Event(int i) => new InputLogEvent(T0 + i, "e" + i);

        [Fact]
        public void WhatIsHeldIsSentOnceTheIntervalHasPassedWithoutMoreEvents()
        {
            using var sender = new BufferedEventSender(TimeSpan.FromMilliseconds(100), Record);
            sender.Add(Event(1), CancellationToken.None);
            sender.Add(Event(2), CancellationToken.None);

            WaitUntil(() => _sent.Count == 1);

            Assert.Equal(new[] { "e1", "e2" }, _sent.Single().Select(e => e.Message));
        }

        [Fact]
        public void AFullBatchIsSentAtOnceAndTheRestAtCompletion()
        {
            using var sender = new BufferedEventSender(Long, Record);
            for (int i = 0; i < 10_001; i++)
            {
                sender.Add(Event(i), CancellationToken.None);
            }

            WaitUntil(() => _sent.Count == 1);
            Assert.Equal(10_000, _sent.Single().Count);

            sender.Complete(CancellationToken.None);
            Assert.Equal(new[] { 10_000, 1 }, _sent.Select(b => b.Count));
        }

        [Fact]
        public void SendsAreOneAtATimeAndInOrder()
        {
            int running = 0, overlaps = 0;
            var order = new ConcurrentQueue<long>();
            using var sender = new BufferedEventSender(Long, (batch, token) =>
            {
                if (Interlocked.Increment(ref running) > 1) Interlocked.Increment(ref overlaps);
                Thread.Sleep(5);
                order.Enqueue(batch[0].Timestamp);
                Interlocked.Decrement(ref running);
            });
            for (int i = 0; i < 50_000; i++)
            {
                sender.Add(Event(i), CancellationToken.None);
            }

            sender.Complete(CancellationToken.None);

            Assert.Equal(0, overlaps);
            Assert.Equal(new long[] { T0, T0 + 10_000, T0 + 20_000, T0 + 30_000, T0 + 40_000 }, order);
        }

        [Fact]
        public void AddingWaitsWhileAFullBatchIsWaitingAndCancellingEndsTheWait()
        {
            using var release = new ManualResetEventSlim();
            using var sender = new BufferedEventSender(Long, (batch, token) => release.Wait(token));
            using var cancel = new CancellationTokenSource();
            // One batch in flight (blocked), one waiting: the next full batch has no room.
            var adding = System.Threading.Tasks.Task.Run(() =>
            {
                for (int i = 0; i < 30_001; i++)
                {
                    sender.Add(Event(i), cancel.Token);
                }
            });

            Assert.False(adding.Wait(TimeSpan.FromMilliseconds(500)));
            cancel.Cancel();

            var ex = Assert.ThrowsAny<AggregateException>(() => adding.Wait(TimeSpan.FromSeconds(10)));
            Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
            release.Set();
        }

        [Fact]
        public void StopSendsWhatIsHeld()
        {
            using var sender = new BufferedEventSender(Long, Record);
            sender.Add(Event(1), CancellationToken.None);

            Assert.True(sender.Stop(TimeSpan.FromSeconds(5)).IsEmpty);
            Assert.Equal("e1", Assert.Single(Assert.Single(_sent)).Message);
        }

        [Fact]
        public void StopCountsWhatCouldNotBeSentWithinTheBound()
        {
            using var sender = new BufferedEventSender(Long, (batch, token) =>
            {
                token.WaitHandle.WaitOne();
                token.ThrowIfCancellationRequested();
            });
            for (int i = 0; i < 3; i++)
            {
                sender.Add(Event(i), CancellationToken.None);
            }

            var clock = Stopwatch.StartNew();
            SendShortfall shortfall = sender.Stop(TimeSpan.FromMilliseconds(200));

            // The batch was in flight when it was cut: sent, with the outcome unknown; nothing was left unsent.
            Assert.Equal(3, shortfall.OutcomeUnknown.Count);
            Assert.Empty(shortfall.NeverSent);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Stop took {clock.Elapsed}");
            Assert.Equal(3, sender.Stop(TimeSpan.FromMilliseconds(200)).OutcomeUnknown.Count);
        }

        [Fact]
        public void StopCountsHeldEventsAsNeverSentAndTheBatchInFlightAsOutcomeUnknown()
        {
            using var inFlight = new ManualResetEventSlim();
            using var sender = new BufferedEventSender(TimeSpan.FromMilliseconds(50), (batch, token) =>
            {
                inFlight.Set();
                token.WaitHandle.WaitOne();
                token.ThrowIfCancellationRequested();
            });
            sender.Add(Event(1), CancellationToken.None);
            Assert.True(inFlight.Wait(TimeSpan.FromSeconds(10)));
            sender.Add(Event(2), CancellationToken.None);
            sender.Add(Event(3), CancellationToken.None);

            SendShortfall shortfall = sender.Stop(TimeSpan.FromMilliseconds(200));

            Assert.Equal(new[] { "e1" }, shortfall.OutcomeUnknown.Select(e => e.Message));
            Assert.Equal(new[] { "e2", "e3" }, shortfall.NeverSent.Select(e => e.Message));
        }

        [Fact]
        public void HaltSendsNothingMoreAndCountsWhatIsHeldAsNeverSent()
        {
            BufferedEventSender? sender = null;
            using var halted = new ManualResetEventSlim();
            using var release = new ManualResetEventSlim();
            sender = new BufferedEventSender(TimeSpan.FromMilliseconds(50), (batch, token) =>
            {
                _sent.Enqueue(batch);
                sender!.Halt();
                halted.Set();
                release.Wait();
            });
            using (sender)
            {
                sender.Add(Event(1), CancellationToken.None);
                Assert.True(halted.Wait(TimeSpan.FromSeconds(10)));
                Assert.Throws<InvalidOperationException>(() => sender.Add(Event(2), CancellationToken.None));
                release.Set();
                sender.Complete(CancellationToken.None);

                Assert.Single(_sent);
                Assert.True(sender.Shortfall.IsEmpty);
            }
        }

        [Fact]
        public void HeldEventsBehindAHaltAreNeverSent()
        {
            BufferedEventSender? sender = null;
            using var release = new ManualResetEventSlim();
            using var inFlight = new ManualResetEventSlim();
            sender = new BufferedEventSender(TimeSpan.FromMilliseconds(50), (batch, token) =>
            {
                _sent.Enqueue(batch);
                inFlight.Set();
                release.Wait();
                sender!.Halt();
            });
            using (sender)
            {
                sender.Add(Event(1), CancellationToken.None);
                Assert.True(inFlight.Wait(TimeSpan.FromSeconds(10)));
                sender.Add(Event(2), CancellationToken.None);
                release.Set();
                sender.BeginComplete().Wait(TimeSpan.FromSeconds(10));

                Assert.Single(_sent);
                Assert.Equal(new[] { "e2" }, sender.Shortfall.NeverSent.Select(e => e.Message));
                Assert.Empty(sender.Shortfall.OutcomeUnknown);
            }
        }

        [Fact]
        public void NothingIsSentAfterDispose()
        {
            var sender = new BufferedEventSender(TimeSpan.FromMilliseconds(200), Record);
            sender.Add(Event(1), CancellationToken.None);
            sender.Dispose();

            Thread.Sleep(1000);
            Assert.Empty(_sent);
        }

        private static void WaitUntil(Func<bool> condition)
        {
            var clock = Stopwatch.StartNew();
            while (!condition())
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException("Condition not reached.");
                Thread.Sleep(10);
            }
        }
    }
}
