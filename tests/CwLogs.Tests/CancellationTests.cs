using System.Diagnostics;
using CwLogs.Client.Operations;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>A cancelled token (Ctrl+C in a cmdlet) ends a slow call promptly instead of waiting for the service.</summary>
public sealed class CancellationTests : IClassFixture<EmulatorClientFixture>, IDisposable
{
    private static readonly TimeSpan Latency = TimeSpan.FromSeconds(5);
    private readonly EmulatorClientFixture _emulator;

    public CancellationTests(EmulatorClientFixture emulator)
    {
        _emulator = emulator;
        _emulator.Server.Reset();
    }

    public void Dispose() => _emulator.Server.Reset();

    [Fact]
    public async Task CancellingDuringASlowCallThrowsOperationCanceledPromptly()
    {
        using var client = _emulator.Client();
        _emulator.Server.Faults.Latency = Latency;
        using var cts = new CancellationTokenSource();

        var call = client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest(), cts.Token);
        await WaitUntilTheEmulatorHasTheCall();
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"cancellation took {clock.Elapsed}, the service latency is {Latency}");
        Assert.Equal(1, _emulator.Server.Journal.Count("DescribeLogGroups"));
    }

    // The emulator journals a call before its latency starts, so this means "the request is in flight".
    private async Task WaitUntilTheEmulatorHasTheCall()
    {
        var deadline = Stopwatch.StartNew();
        while (_emulator.Server.Journal.Count("DescribeLogGroups") == 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "the call never reached the emulator");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task AnAlreadyCancelledTokenSendsNothing()
    {
        using var client = _emulator.Client();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest(), cts.Token));

        Assert.Empty(_emulator.Server.Journal.Entries);
    }
}
