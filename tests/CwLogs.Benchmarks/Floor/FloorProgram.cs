using System.Diagnostics;
using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Floor;

/// <summary>
/// `CwLogs.Benchmarks floor read|search|write ...`: one floor run in its own process, printing one measurement line.
/// A one-event read first warms the connection, JIT and signer, as the pwsh scripts warm CwLogs.
/// </summary>
public static class FloorProgram
{
    public static int Run(string[] args)
    {
        if (args.Length < 3) return Usage();
        var endpoint = new Uri(args[1]);
        var signer = new SigV4Signer(
            Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? "AKIDEXAMPLE",
            Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? "secret",
            Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1",
            "logs");
        using var client = new FloorClient(endpoint, signer);
        client.ReadStream("bench", "events-1");

        string[]? messages = args[0] == "write" && args.Length >= 6 ? BenchMessages.Build(int.Parse(args[4])) : null;
        var stopwatch = Stopwatch.StartNew();
        long count = args[0] switch
        {
            "read" when args.Length >= 4 => client.ReadStream(args[2], args[3]),
            "search" => client.Search(args[2], args.Length >= 4 ? args[3] : null),
            "write" when messages is not null => client.Write(args[2], args[3], messages, int.Parse(args[5])),
            _ => -1,
        };
        stopwatch.Stop();
        if (count < 0) return Usage();
        Console.WriteLine(new Measurement(count, stopwatch.Elapsed.TotalMilliseconds, Measurement.PeakRssOfThisProcess()).ToJson());
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: floor read <endpoint> <group> <stream> | floor search <endpoint> <group> [pattern] | floor write <endpoint> <group> <stream> <count> <batch>");
        return 2;
    }
}
