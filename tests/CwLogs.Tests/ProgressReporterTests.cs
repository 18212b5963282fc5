using System.Management.Automation;
using CwLogs.Infrastructure.Progress;
using Xunit;

namespace CwLogs.Tests;

/// <summary>When a progress bar appears, how often it changes, and how it ends (on a clock the test moves).</summary>
public sealed class ProgressReporterTests
{
    private readonly List<ProgressRecord> _written = new();
    private TimeSpan _now;

    private ProgressReporter New(bool enabled = true) => new(_written.Add, enabled, "Reading", () => _now);

    [Fact]
    public void NothingInTheFirstSecond_NorACompletedRecord()
    {
        var progress = New();
        foreach (var ms in new[] { 0, 500, 999 })
        {
            _now = TimeSpan.FromMilliseconds(ms);
            progress.Update(() => "busy");
        }
        progress.Complete();
        Assert.Empty(_written);
    }

    [Fact]
    public void AfterASecond_AtMostFourUpdatesASecond_ThenCompleted()
    {
        var progress = New();
        var built = 0;
        for (var ms = 1000; ms < 3000; ms += 10)
        {
            _now = TimeSpan.FromMilliseconds(ms);
            progress.Update(() => $"status {++built}");
        }
        progress.Complete();

        var updates = _written.Where(r => r.RecordType == ProgressRecordType.Processing).ToList();
        Assert.Equal(8, updates.Count); // 1.00, 1.25, ... 2.75 s
        Assert.Equal(8, built); // the status text is built only when shown
        Assert.Equal(ProgressRecordType.Completed, _written[^1].RecordType);
        Assert.Equal("status 8", _written[^1].StatusDescription);
        Assert.All(_written, r => Assert.Equal(_written[0].ActivityId, r.ActivityId));
        Assert.Equal(_written.Count, _written.Distinct().Count()); // a new record each time
    }

    [Fact]
    public void Silenced_WritesNothing_AndBuildsNoText()
    {
        var progress = New(enabled: false);
        _now = TimeSpan.FromSeconds(5);
        progress.Update(() => throw new InvalidOperationException("not built when silenced"));
        progress.Complete();
        Assert.Empty(_written);
    }

    [Fact]
    public void CompletesOnce()
    {
        var progress = New();
        _now = TimeSpan.FromSeconds(2);
        progress.Update(() => "x");
        progress.Complete();
        progress.Complete();
        Assert.Single(_written, r => r.RecordType == ProgressRecordType.Completed);
    }
}
