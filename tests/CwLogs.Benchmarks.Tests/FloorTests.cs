using System.Text;
using CwLogs.Benchmarks.Floor;
using Xunit;

namespace CwLogs.Benchmarks.Tests;

public class FloorTests
{
    [Fact]
    public void Signature_matches_what_botocore_computes_for_the_same_request()
    {
        // Expected value from botocore's SigV4Auth (the AWS CLI's signer) for this exact request and time.
        var signer = new SigV4Signer("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "logs");
        var body = Encoding.UTF8.GetBytes("""{"logGroupName":"bench","logStreamName":"events-1","startFromHead":true}""");

        var authorization = signer.Authorize("127.0.0.1:4566", "application/x-amz-json-1.1", "Logs_20140328.GetLogEvents",
            new DateTime(2026, 11, 25, 2, 17, 20, DateTimeKind.Utc), body);

        Assert.Equal("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/us-east-1/logs/aws4_request, " +
                     "SignedHeaders=content-type;host;x-amz-date;x-amz-target, " +
                     "Signature=4ed0eb26aa3b31f982c9d907e6ccf4be87920dd697d9dba40bb16f4222b6bb9b", authorization);
    }

    [Fact]
    public void Signature_covers_the_body()
    {
        var signer = new SigV4Signer("AKID", "secret", "us-east-1", "logs");
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.NotEqual(
            signer.Authorize("h", "application/x-amz-json-1.1", "T", now, "{}"u8),
            signer.Authorize("h", "application/x-amz-json-1.1", "T", now, "{ }"u8));
    }

    [Fact]
    public void Counter_counts_top_level_events_and_reads_the_token()
    {
        var json = """
            {"events":[{"timestamp":1,"message":"a","extra":{"events":[1,2,3]}},{"timestamp":2,"message":"b"}],
             "nextForwardToken":"f/000000000000000000000000000000000002","nextBackwardToken":"b/0"}
            """u8;

        var (events, token) = EventCounter.Count(json, "nextForwardToken");

        Assert.Equal(2, events);
        Assert.Equal("f/000000000000000000000000000000000002", token);
    }

    [Fact]
    public void Counter_reports_no_token_when_the_page_has_none()
    {
        var (events, token) = EventCounter.Count("""{"events":[],"searchedLogStreams":[]}"""u8, "nextToken");
        Assert.Equal(0, events);
        Assert.Null(token);
    }
}
