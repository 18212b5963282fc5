using System.Management.Automation;
using CwLogs.Client.Operations;
using CwLogs.Infrastructure;
using CwLogs.Model;

namespace CwLogs.Commands;

/// <summary>
/// Tries a filter pattern on sample messages (TestMetricFilter) and returns the ones that match with the
/// values the pattern extracts. Messages (piped lines, or -LogEventMessages) go to the service 50 per call,
/// the most it takes, so any number can be tested; each call is sent as soon as 50 are collected.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "CwLogMetricFilter")]
[OutputType(typeof(MetricFilterMatch))]
public sealed class TestCwLogMetricFilterCommand : CwLogsCmdlet
{
    /// <summary>The most messages one TestMetricFilter call takes.</summary>
    public const int BatchSize = 50;

    private readonly List<string> _batch = new(BatchSize);
    private readonly List<long> _batchNumbers = new(BatchSize);
    private long _seen;

    /// <summary>The pattern to try; an empty string matches every message.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [AllowEmptyString]
    public string FilterPattern { get; set; } = "";

    /// <summary>
    /// The messages: piped strings (Get-Content lines), piped objects with a Message (Get-CwLogEvent), or an array.
    /// Empty messages are skipped (the service refuses them) but still counted in EventNumber.
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Message", "LogEventMessage")]
    [AllowEmptyString]
    [AllowEmptyCollection]
    public string[] LogEventMessages { get; set; } = Array.Empty<string>();

    protected override void BeginProcessing()
    {
        // The pattern is the same for every call: a bad one ends the command before any call.
        var problems = ModelConstraints.Check(new TestMetricFilterRequest { FilterPattern = FilterPattern, LogEventMessages = new[] { "sample" } });
        if (problems.Count > 0)
            ThrowInvalidArgument("-" + char.ToUpperInvariant(problems[0][0]) + problems[0].Substring(1), "InvalidFilterPattern", FilterPattern);
    }

    protected override void ProcessRecord()
    {
        foreach (var message in LogEventMessages)
        {
            _seen++;
            if (string.IsNullOrEmpty(message)) continue;
            _batch.Add(message);
            _batchNumbers.Add(_seen);
            if (_batch.Count == BatchSize) SendBatch();
        }
    }

    protected override void EndProcessing()
    {
        if (_batch.Count > 0) SendBatch();
    }

    private void SendBatch()
    {
        var request = new TestMetricFilterRequest { FilterPattern = FilterPattern, LogEventMessages = _batch.ToArray() };
        var numbers = _batchNumbers.ToArray();
        _batch.Clear();
        _batchNumbers.Clear();
        TryForItem(FilterPattern, $"Messages {numbers[0]}-{numbers[^1]}", () =>
        {
            var response = Send(CwLogsOperations.TestMetricFilter, request);
            foreach (var match in response.Matches ?? new List<MetricFilterMatchRecordData>())
                WriteObject(match.ToMetricFilterMatch(GlobalNumber(numbers, match.EventNumber)));
        });
    }

    /// <summary>The service numbers the messages of one call from 1; this is their position among all input.</summary>
    private static long GlobalNumber(long[] numbers, long? eventNumber)
        => eventNumber is long n && n >= 1 && n <= numbers.Length ? numbers[n - 1] : 0;
}
