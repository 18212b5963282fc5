using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Hosting;

/// <summary>Starting, resetting and stopping servers (each test owns its servers here).</summary>
public sealed class EmulatorServerTests
{
    [Fact]
    public async Task StartAsync_BindsLoopbackOnARandomPort_PerServer()
    {
        await using EmulatorServer first = await EmulatorServer.StartAsync();
        await using EmulatorServer second = await EmulatorServer.StartAsync();

        Assert.Equal("127.0.0.1", first.Endpoint.Host);
        Assert.Equal("http", first.Endpoint.Scheme);
        Assert.Equal("/", first.Endpoint.AbsolutePath);
        Assert.NotEqual(0, first.Endpoint.Port);
        Assert.NotEqual(first.Endpoint.Port, second.Endpoint.Port);
    }

    [Fact]
    public async Task StartAsync_OnAGivenPort_UsesIt()
    {
        int port = Ports.Free();

        await using EmulatorServer server = await EmulatorServer.StartAsync(port);

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), server.Endpoint);
        using var api = new LogsApi(server.Endpoint);
        await api.OkAsync("DescribeLogGroups");
    }

    [Fact]
    public async Task Servers_DoNotShareData()
    {
        await using EmulatorServer first = await EmulatorServer.StartAsync();
        await using EmulatorServer second = await EmulatorServer.StartAsync();
        using var firstApi = new LogsApi(first.Endpoint);
        using var secondApi = new LogsApi(second.Endpoint);

        await firstApi.OkAsync("CreateLogGroup", new { logGroupName = "only-in-first" });

        Assert.Empty((await secondApi.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
    }

    [Fact]
    public async Task Reset_ClearsDataFaultsAndJournal()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();
        using var api = new LogsApi(server.Endpoint);
        await api.OkAsync("CreateLogGroup", new { logGroupName = "g" });
        server.Faults.ThrottleNext(3);
        server.Faults.Latency = TimeSpan.FromSeconds(10);

        server.Reset();

        Assert.Empty(server.Journal.Entries);
        Assert.Equal(TimeSpan.Zero, server.Faults.Latency);
        Assert.Empty((await api.OkAsync("DescribeLogGroups"))["logGroups"]!.AsArray());
        await api.OkAsync("CreateLogGroup", new { logGroupName = "g" });
    }

    [Fact]
    public async Task Dispose_StopsListening_AndIsIdempotent()
    {
        EmulatorServer server = await EmulatorServer.StartAsync();
        int port = server.Endpoint.Port;

        await server.DisposeAsync();
        await server.DisposeAsync();

        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task StartAsync_OnAPortInUse_Throws()
    {
        await using EmulatorServer server = await EmulatorServer.StartAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => EmulatorServer.StartAsync(server.Endpoint.Port));
    }
}
