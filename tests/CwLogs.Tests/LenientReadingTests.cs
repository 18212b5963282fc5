using System.Text.Json;
using CwLogs.Client.Operations;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Integers arrive with a fraction from some endpoints (moto's createTime); they are read, not refused.</summary>
public sealed class LenientReadingTests
{
    [Fact]
    public void ATimeWithAFractionIsReadAsWholeMilliseconds()
    {
        var response = JsonSerializer.Deserialize("""{"queries":[{"queryId":"q","createTime":1796393459612.708}]}""", CwLogsJsonContext.Default.DescribeQueriesResponse);

        Assert.Equal(1796393459612L, response!.Queries![0].CreateTime);
    }

    [Fact]
    public void AnIntWithAFractionIsReadToo()
    {
        var response = JsonSerializer.Deserialize("""{"logGroups":[{"logGroupName":"g","retentionInDays":7.0,"storedBytes":12.5}]}""", CwLogsJsonContext.Default.DescribeLogGroupsResponse);

        Assert.Equal(7, response!.LogGroups![0].RetentionInDays);
        Assert.Equal(12L, response.LogGroups[0].StoredBytes);
    }

    [Fact]
    public void IntegersAreStillWrittenAsIntegers()
    {
        var json = JsonSerializer.Serialize(new GetLogEventsRequest { LogGroupName = "g", LogStreamName = "s", StartTime = 5, Limit = 10 }, CwLogsJsonContext.Default.GetLogEventsRequest);

        Assert.Contains("\"startTime\":5", json);
        Assert.Contains("\"limit\":10", json);
    }

    [Theory]
    [InlineData("""{"queries":[{"createTime":"yesterday"}]}""")]
    [InlineData("""{"queries":[{"createTime":1e30}]}""")]
    public void WhatIsNotAnIntegerIsStillAnErrorNamingTheField(string body)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(body, CwLogsJsonContext.Default.DescribeQueriesResponse));

        Assert.Equal("$.queries[0].createTime", error.Path);
    }
}
