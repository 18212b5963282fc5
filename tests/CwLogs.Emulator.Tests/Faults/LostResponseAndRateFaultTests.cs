using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Faults;

/// <summary>
/// A lost response (the call is carried out, then the connection is cut before the answer) and the seeded
/// rate faults a fault run uses.
/// </summary>
public sealed class LostResponseAndRateFaultTests : EmulatorTest
{
    public LostResponseAndRateFaultTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    [Fact]
    public async Task LostResponseNext_CarriesOutTheCall_ThenAbortsTheConnection()
    {
        await Seed.GroupWithStreamsAsync("g", "s");
        Server.Faults.LostResponseNext(1, "PutLogEvents");

        await Assert.ThrowsAsync<HttpRequestException>(() => Api.CallAsync("PutLogEvents",
            new { logGroupName = "g", logStreamName = "s", logEvents = new[] { new { timestamp = Clock.NowMillis(), message = "landed" } } }));

        var events = (await Api.OkAsync("GetLogEvents", new { logGroupName = "g", logStreamName = "s", startFromHead = true }))["events"]!.AsArray();
        Assert.Equal("landed", Assert.Single(events)!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task LostResponse_ArmedOverHttp()
    {
        using var http = new HttpClient { BaseAddress = Server.Endpoint };

        var armed = await http.PostAsync("_emulator/faults?lostResponse=1&operation=PutLogEvents", null);

        Assert.Equal(HttpStatusCode.NoContent, armed.StatusCode);
        Assert.Null(Server.Faults.Take("DescribeLogGroups"));
        Assert.Equal(FaultKind.LostResponse, Server.Faults.Take("PutLogEvents"));
        Assert.Null(Server.Faults.Take("PutLogEvents"));
    }

    [Fact]
    public void Rates_WithOneSeed_GiveTheSameFaultsInTheSameOrder()
    {
        var first = new EmulatorFaults();
        var second = new EmulatorFaults();
        var rates = new FaultRates(Throttle: 0.2, Fail: 0.05, Drop: 0.02, LostResponse: 0.01);
        first.SetRates(rates, seed: 7);
        second.SetRates(rates, seed: 7);

        var a = Enumerable.Range(0, 2000).Select(_ => first.Take("PutLogEvents")).ToList();
        var b = Enumerable.Range(0, 2000).Select(_ => second.Take("PutLogEvents")).ToList();

        Assert.Equal(a, b);
        // Each kind turns up, near its rate (2000 draws; the bounds are far outside what a fair coin would miss).
        Assert.InRange(a.Count(f => f == FaultKind.Throttle), 300, 500);
        Assert.InRange(a.Count(f => f == FaultKind.Fail), 60, 150);
        Assert.InRange(a.Count(f => f == FaultKind.Drop), 15, 70);
        Assert.InRange(a.Count(f => f == FaultKind.LostResponse), 5, 45);
        Assert.InRange(a.Count(f => f is null), 1300, 1600);
    }

    [Fact]
    public void Rates_ForOneOperation_LeaveOthersAlone_AndClearStopsThem()
    {
        var faults = new EmulatorFaults();
        faults.SetRates(new FaultRates(Throttle: 1.0), seed: 1, operation: "PutLogEvents");

        Assert.Null(faults.Take("DescribeLogGroups"));
        Assert.Equal(FaultKind.Throttle, faults.Take("PutLogEvents"));
        faults.Clear();
        Assert.Null(faults.Take("PutLogEvents"));
    }

    [Fact]
    public void Rates_ThatAddUpToMoreThanOne_AreRefused()
    {
        var faults = new EmulatorFaults();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => faults.SetRates(new FaultRates(Throttle: 0.7, Fail: 0.5), seed: 1));
        Assert.Contains("1", error.Message);
    }

    [Fact]
    public async Task Rates_SetOverHttp_AreSeeded()
    {
        using var http = new HttpClient { BaseAddress = Server.Endpoint };

        var set = await http.PostAsync("_emulator/faults?throttleRate=0.2&failRate=0.05&dropRate=0.02&lostResponseRate=0.01&seed=3&operation=PutLogEvents", null);
        var expected = new EmulatorFaults();
        expected.SetRates(new FaultRates(0.2, 0.05, 0.02, 0.01), seed: 3, operation: "PutLogEvents");

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Null(Server.Faults.Take("DescribeLogGroups"));
        Assert.Equal(
            Enumerable.Range(0, 200).Select(_ => expected.Take("PutLogEvents")).ToList(),
            Enumerable.Range(0, 200).Select(_ => Server.Faults.Take("PutLogEvents")).ToList());
    }

    [Fact]
    public async Task BadRate_OverHttp_Is400_NamingIt()
    {
        using var http = new HttpClient { BaseAddress = Server.Endpoint };

        var response = await http.PostAsync("_emulator/faults?throttleRate=2", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("throttleRate", await response.Content.ReadAsStringAsync());
    }
}
