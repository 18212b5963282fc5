using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Canned;

/// <summary>The real AWS CLI v2 against canned mode: the benchmark's second client must accept its replies.</summary>
public sealed class CannedAwsCliTests : IClassFixture<CannedFixture>, System.IDisposable
{
    private readonly LogsApi _api;
    private readonly AwsCli _cli;

    public CannedAwsCliTests(CannedFixture fixture)
    {
        _api = fixture.Api;
        _cli = new AwsCli(fixture.Server.Endpoint);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task GetLogEvents_FromHead_ReturnsTheFirstPage()
    {
        CliResult result = await _cli.RunAsync("logs", "get-log-events", "--log-group-name", "bench", "--log-stream-name", "events-25000", "--start-from-head");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonNode output = result.Json!;
        JsonArray events = output["events"]!.AsArray();
        Assert.Equal(10_000, events.Count);
        Assert.Equal(1_767_225_600_000, (long)events[0]!["timestamp"]!);
        Assert.Equal(1_767_225_609_999, (long)events[^1]!["timestamp"]!);
        Assert.Equal("f/000000000000000000000000000000010000", (string)output["nextForwardToken"]!);
    }

    [Fact]
    public async Task PutLogEvents_IsCountedInStats()
    {
        using (HttpResponseMessage reset = await _api.Http.PostAsync("_emulator/reset", null)) reset.EnsureSuccessStatusCode();

        CliResult result = await _cli.RunAsync("logs", "put-log-events", "--log-group-name", "bench", "--log-stream-name", "s",
            "--log-events", "timestamp=1767225600000,message=one", "timestamp=1767225600001,message=two", "timestamp=1767225600002,message=three");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1", (string)result.Json!["nextSequenceToken"]!);
        JsonNode stats = JsonNode.Parse(await _api.Http.GetStringAsync("_emulator/canned/stats"))!;
        Assert.Equal(1, (long)stats["putCalls"]!);
        Assert.Equal(3, (long)stats["putEvents"]!);
    }

    [Fact]
    public async Task FilterLogEvents_ErrorTerm_FollowsEveryPage()
    {
        CliResult result = await _cli.RunAsync("logs", "filter-log-events", "--log-group-name", "search-10x3000", "--filter-pattern", "ERROR");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonArray events = result.Json!["events"]!.AsArray();
        Assert.Equal(3_000, events.Count);
        Assert.All(events, e => Assert.Equal(7, ((long)e!["timestamp"]! - 1_767_225_600_000) % 10));
    }

    [Fact]
    public async Task UnknownStream_FailsWithResourceNotFound()
    {
        CliResult result = await _cli.RunAsync("logs", "get-log-events", "--log-group-name", "bench", "--log-stream-name", "missing");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("(ResourceNotFoundException)", result.StdErr);
    }
}
