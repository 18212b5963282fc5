using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using CwLogs.Client;
using CwLogs.Client.Errors;
using CwLogs.Client.Operations;
using CwLogs.Tests.Support;
using Xunit;

namespace CwLogs.Tests;

/// <summary>What <see cref="CwLogsServiceClient"/> puts on the wire, seen from the emulator's journal.</summary>
public sealed class ClientProtocolTests : IClassFixture<EmulatorClientFixture>, IDisposable
{
    private readonly EmulatorClientFixture _emulator;

    public ClientProtocolTests(EmulatorClientFixture emulator)
    {
        _emulator = emulator;
        _emulator.Server.Reset();
    }

    public void Dispose() => _emulator.Server.Reset();

    [Fact]
    public async Task RequestsAreSignedWithSigV4ForLogsInTheAuthenticationRegion()
    {
        using var client = _emulator.Client();

        await client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "signed" });

        var entry = Assert.Single(_emulator.Server.Journal.Entries);
        Assert.Equal("CreateLogGroup", entry.Operation);
        Assert.NotNull(entry.Authorization);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=" + EmulatorClientFixture.AccessKey + "/", entry.Authorization);
        Assert.Contains("/us-east-2/logs/aws4_request", entry.Authorization);
        Assert.Contains("SignedHeaders=", entry.Authorization);
        Assert.Contains("x-amz-target", entry.Authorization);
        Assert.Contains("Signature=", entry.Authorization);
        Assert.Matches(@"^\d{8}T\d{6}Z$", entry.AmzDate);
        Assert.Null(entry.SecurityToken);
        Assert.DoesNotContain(EmulatorClientFixture.SecretKey, entry.Authorization);
    }

    [Fact]
    public async Task UserAgentNamesCwLogs()
    {
        using var client = _emulator.Client();

        await client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest());

        Assert.StartsWith("CwLogs/", Assert.Single(_emulator.Server.Journal.Entries).UserAgent);
    }

    [Fact]
    public async Task BodyIsCamelCaseJsonWithNullsLeftOut()
    {
        using var client = _emulator.Client();

        await client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "shape" });

        var body = Assert.Single(_emulator.Server.Journal.Entries).Body;
        Assert.Equal("""{"logGroupName":"shape"}""", body);
    }

    [Fact]
    public async Task PutLogEventsSendsEventsAsTimestampAndMessageOnly()
    {
        using var client = _emulator.Client();
        await client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "g" });
        await client.SendAsync(CwLogsOperations.CreateLogStream, new CreateLogStreamRequest { LogGroupName = "g", LogStreamName = "s" });
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        await client.SendAsync(CwLogsOperations.PutLogEvents, new PutLogEventsRequest
        {
            LogGroupName = "g",
            LogStreamName = "s",
            LogEvents = new[] { new InputLogEvent(now, "hello") },
        });

        var entry = _emulator.Server.Journal.Entries.Last();
        Assert.Equal("PutLogEvents", entry.Operation);
        using var json = JsonDocument.Parse(entry.Body);
        var root = json.RootElement;
        Assert.Equal(new[] { "logGroupName", "logStreamName", "logEvents" }, root.EnumerateObject().Select(p => p.Name));
        var logEvent = Assert.Single(root.GetProperty("logEvents").EnumerateArray().ToList());
        Assert.Equal(new[] { "timestamp", "message" }, logEvent.EnumerateObject().Select(p => p.Name));
        Assert.Equal(now, logEvent.GetProperty("timestamp").GetInt64());
        Assert.Equal("hello", logEvent.GetProperty("message").GetString());
    }

    [Fact]
    public async Task RejectedEventsInfoIsReadAndCounted()
    {
        using var client = _emulator.Client();
        await client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "rejects" });
        await client.SendAsync(CwLogsOperations.CreateLogStream, new CreateLogStreamRequest { LogGroupName = "rejects", LogStreamName = "s" });
        var now = DateTimeOffset.UtcNow;
        var batch = new[]
        {
            new InputLogEvent(now.AddDays(-20).ToUnixTimeMilliseconds(), "too old"),
            new InputLogEvent(now.ToUnixTimeMilliseconds(), "fine"),
            new InputLogEvent(now.AddHours(3).ToUnixTimeMilliseconds(), "too new"),
        };

        var response = await client.SendAsync(CwLogsOperations.PutLogEvents,
            new PutLogEventsRequest { LogGroupName = "rejects", LogStreamName = "s", LogEvents = batch });

        Assert.NotNull(response.RejectedLogEventsInfo);
        var counts = CwLogs.Model.RejectedCounts.From(response.RejectedLogEventsInfo, batch.Length);
        Assert.Equal(1, counts.TooOld);
        Assert.Equal(1, counts.TooNew);
        Assert.Equal(0, counts.Expired);
        Assert.Equal(2, counts.Total(batch.Length));
    }

    [Fact]
    public async Task ResponsesAreReadIntoTheOperationsResponseType()
    {
        using var client = _emulator.Client();
        await client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "read-back" });
        await client.SendAsync(CwLogsOperations.PutRetentionPolicy, new PutRetentionPolicyRequest { LogGroupName = "read-back", RetentionInDays = 7 });

        var response = await client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest { LogGroupNamePrefix = "read-" });

        var group = Assert.Single(response.LogGroups!);
        Assert.Equal("read-back", group.LogGroupName);
        Assert.Equal(7, group.RetentionInDays);
        Assert.NotNull(group.CreationTime);
        Assert.Null(response.NextToken);
    }

    [Fact]
    public async Task SessionTokenIsSentAsSecurityTokenHeader()
    {
        const string token = "FQoGZXIvYXdzEXAMPLE-session-token";
        using var client = _emulator.Client(credentials: new SessionAWSCredentials(EmulatorClientFixture.AccessKey, EmulatorClientFixture.SecretKey, token));

        await client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest());

        var entry = Assert.Single(_emulator.Server.Journal.Entries);
        Assert.Equal(token, entry.SecurityToken);
        Assert.Contains("x-amz-security-token", entry.Authorization);
    }

    [Fact]
    public async Task MissingResourceBecomesTypedResourceNotFoundException()
    {
        using var client = _emulator.Client();

        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            client.SendAsync(CwLogsOperations.DeleteLogGroup, new DeleteLogGroupRequest { LogGroupName = "absent" }));

        Assert.Equal("ResourceNotFoundException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(ErrorType.Sender, error.ErrorType);
        Assert.Equal("The specified log group does not exist.", error.Message);
        Assert.True(Guid.TryParse(error.RequestId, out _), $"RequestId '{error.RequestId}' should be the x-amzn-RequestId header.");
        Assert.Equal(1, _emulator.Server.Journal.Count("DeleteLogGroup"));
    }

    [Fact]
    public async Task ExistingResourceBecomesTypedResourceAlreadyExistsException()
    {
        using var client = _emulator.Client();
        await client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "twice" });

        var error = await Assert.ThrowsAsync<ResourceAlreadyExistsException>(() =>
            client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "twice" }));

        Assert.Equal("ResourceAlreadyExistsException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public async Task InvalidInputBecomesTypedInvalidParameterException()
    {
        using var client = _emulator.Client();

        var error = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            client.SendAsync(CwLogsOperations.CreateLogGroup, new CreateLogGroupRequest { LogGroupName = "bad name!" }));

        Assert.Equal("InvalidParameterException", error.ErrorCode);
        Assert.Contains("logGroupName", error.Message);
    }

    [Fact]
    public async Task UnsignedRequestIsRejectedAsUnrecognizedClient()
    {
        using var client = _emulator.Client(credentials: new AnonymousAWSCredentials());

        var error = await Assert.ThrowsAsync<UnrecognizedClientException>(() =>
            client.SendAsync(CwLogsOperations.DescribeLogGroups, new DescribeLogGroupsRequest()));

        Assert.Null(Assert.Single(_emulator.Server.Journal.Entries).Authorization);
        Assert.Equal("UnrecognizedClientException", error.ErrorCode);
    }

    [Fact]
    public async Task UnmappedServiceErrorIsTheBaseCwLogsServiceExceptionWithItsCode()
    {
        using var client = _emulator.Client();
        var json = CwLogsJsonContext.Default;
        var unknown = new CwLogsOperation<EmptyResponse, EmptyResponse>("NoSuchOperation", () => json.EmptyResponse, () => json.EmptyResponse);

        var error = await Assert.ThrowsAsync<CwLogsServiceException>(() => client.SendAsync(unknown, new EmptyResponse()));

        Assert.Equal("UnknownOperationException", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("{}", Assert.Single(_emulator.Server.Journal.Entries).Body);
    }
}
