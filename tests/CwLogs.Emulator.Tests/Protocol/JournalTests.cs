using System;
using System.Linq;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Protocol;

/// <summary>The request journal records what clients sent, including calls that failed.</summary>
public sealed class JournalTests : EmulatorTest
{
    public JournalTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task RecordsHeadersAndBody_InArrivalOrder()
    {
        DateTime before = DateTime.UtcNow;
        using var request = Api.Request("Logs_20140328.CreateLogGroup", "{\"logGroupName\":\"journal\"}");
        request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", "session-token");
        request.Headers.TryAddWithoutValidation("User-Agent", "journal-test/1.0");
        await Api.SendAsync(request);
        await Api.CallAsync("DescribeLogGroups");

        var entries = Server.Journal.Entries;
        Assert.Equal(new[] { "CreateLogGroup", "DescribeLogGroups" }, entries.Select(e => e.Operation));
        JournalEntry first = entries[0];
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", first.Authorization);
        Assert.Contains("/us-east-2/logs/aws4_request", first.Authorization);
        Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", first.AmzDate);
        Assert.Equal("session-token", first.SecurityToken);
        Assert.Equal("journal-test/1.0", first.UserAgent);
        Assert.Equal("{\"logGroupName\":\"journal\"}", first.Body);
        Assert.InRange(first.ReceivedUtc, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(DateTimeKind.Utc, first.ReceivedUtc.Kind);
        Assert.Null(entries[1].SecurityToken);
    }

    [Fact]
    public async Task RecordsRejectedAndFaultedCalls()
    {
        Server.Faults.ThrottleNext(1);
        await Api.CallAsync("DescribeLogGroups");
        await Api.SendAsync(Api.Request("Logs_20140328.CreateLogGroup", "{}", authorization: null));
        await Api.SendAsync(Api.Request("Logs_20140328.Bogus", "{}"));

        Assert.Equal(new[] { "DescribeLogGroups", "CreateLogGroup", "Bogus" }, Server.Journal.Entries.Select(e => e.Operation));
        Assert.Null(Server.Journal.Entries[1].Authorization);
    }

    [Fact]
    public async Task Count_CountsOneOperation_AndClearEmpties()
    {
        await Api.CallAsync("DescribeLogGroups");
        await Api.CallAsync("DescribeLogGroups");
        await Api.CallAsync("CreateLogGroup", new { logGroupName = "g" });

        Assert.Equal(2, Server.Journal.Count("DescribeLogGroups"));
        Assert.Equal(1, Server.Journal.Count("CreateLogGroup"));
        Assert.Equal(0, Server.Journal.Count("PutLogEvents"));

        Server.Journal.Clear();
        Assert.Empty(Server.Journal.Entries);
    }

    [Fact]
    public async Task Entries_IsASnapshot()
    {
        await Api.CallAsync("DescribeLogGroups");
        var snapshot = Server.Journal.Entries;
        await Api.CallAsync("DescribeLogGroups");

        Assert.Single(snapshot);
        Assert.Equal(2, Server.Journal.Entries.Count);
    }
}
