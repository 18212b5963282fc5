using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CwLogs.Emulator.Tests.Infrastructure;
using Xunit;

namespace CwLogs.Emulator.Tests.Operations;

/// <summary>PutMetricFilter, DescribeMetricFilters, DeleteMetricFilter and TestMetricFilter.</summary>
public sealed class MetricFilterTests : EmulatorTest
{
    public MetricFilterTests(EmulatorFixture fixture) : base(fixture)
    {
    }

    private static object Transformation(string name = "Errors", string ns = "App", string value = "1") =>
        new[] { new { metricName = name, metricNamespace = ns, metricValue = value } };

    private Task<JsonNode> PutAsync(string group, string filter, string pattern = "ERROR", object? transformations = null) =>
        Api.OkAsync("PutMetricFilter", new { logGroupName = group, filterName = filter, filterPattern = pattern, metricTransformations = transformations ?? Transformation() });

    private static IEnumerable<string> Names(JsonNode page) =>
        page["metricFilters"]!.AsArray().Select(f => (string)f!["filterName"]!);

    [Fact]
    public async Task Put_CreatesThenSameNameReplaces_AndGroupCountsIt()
    {
        await Seed.GroupAsync("/mf/a");
        await Api.OkAsync("PutMetricFilter", new
        {
            logGroupName = "/mf/a", filterName = "latency", filterPattern = "[ip, user, ..., ms]",
            metricTransformations = new[] { new { metricName = "Latency", metricNamespace = "App", metricValue = "$ms", unit = "Milliseconds", dimensions = new Dictionary<string, string> { ["User"] = "$user" } } },
        });
        await PutAsync("/mf/a", "latency", "[...]", Transformation("Other", "Ns", "2"));

        JsonNode filter = (await Api.OkAsync("DescribeMetricFilters", new { logGroupName = "/mf/a" }))["metricFilters"]!.AsArray().Single()!;
        JsonNode group = (await Api.OkAsync("DescribeLogGroups", new { logGroupNamePrefix = "/mf/a" }))["logGroups"]!.AsArray().Single()!;

        Assert.Equal("latency", (string?)filter["filterName"]);
        Assert.Equal("/mf/a", (string?)filter["logGroupName"]);
        Assert.Equal("[...]", (string?)filter["filterPattern"]);
        JsonNode t = filter["metricTransformations"]!.AsArray().Single()!;
        Assert.Equal("Other", (string?)t["metricName"]);
        Assert.Equal("2", (string?)t["metricValue"]);
        Assert.Null(t["dimensions"]);
        Assert.True((long)filter["creationTime"]! > 0);
        Assert.Equal(1, (int)group["metricFilterCount"]!);
    }

    [Fact]
    public async Task Put_KeepsEveryTransformationMember()
    {
        await Seed.GroupAsync("/mf/members");
        await Api.OkAsync("PutMetricFilter", new
        {
            logGroupName = "/mf/members", filterName = "f", filterPattern = "",
            metricTransformations = new[] { new { metricName = "Bytes", metricNamespace = "Web", metricValue = "$bytes", defaultValue = 0.5, unit = "Bytes" } },
        });

        JsonNode t = (await Api.OkAsync("DescribeMetricFilters", new { logGroupName = "/mf/members" }))["metricFilters"]![0]!["metricTransformations"]![0]!;

        Assert.Equal(0.5, (double)t["defaultValue"]!);
        Assert.Equal("Bytes", (string?)t["unit"]);
        Assert.Equal("$bytes", (string?)t["metricValue"]);
        Assert.Equal("Web", (string?)t["metricNamespace"]);
    }

    [Fact]
    public async Task Put_HundredFirstFilterOfAGroupIsLimitExceeded_ReplacingOneIsNot()
    {
        await Seed.GroupAsync("/mf/full");
        for (int i = 0; i < 100; i++) await PutAsync("/mf/full", $"f{i:000}");

        await Api.ErrorAsync("PutMetricFilter", new { logGroupName = "/mf/full", filterName = "one-more", filterPattern = "", metricTransformations = Transformation() }, "LimitExceededException");
        await PutAsync("/mf/full", "f050", "WARN");
    }

    [Fact]
    public async Task Describe_ByGroupAndPrefix_ByMetricAcrossGroups_AndPages()
    {
        await Seed.GroupAsync("/mf/x");
        await Seed.GroupAsync("/mf/y");
        await PutAsync("/mf/x", "err-b", transformations: Transformation("Errors", "App"));
        await PutAsync("/mf/x", "err-a", transformations: Transformation("Errors", "Other"));
        await PutAsync("/mf/x", "warn", transformations: Transformation("Warnings", "App"));
        await PutAsync("/mf/y", "err", transformations: Transformation("Errors", "App"));

        JsonNode prefixed = await Api.OkAsync("DescribeMetricFilters", new { logGroupName = "/mf/x", filterNamePrefix = "err" });
        JsonNode byMetric = await Api.OkAsync("DescribeMetricFilters", new { metricName = "Errors", metricNamespace = "App" });
        List<JsonNode> pages = await Api.AllPagesAsync("DescribeMetricFilters", new { limit = 3 });

        Assert.Equal(new[] { "err-a", "err-b" }, Names(prefixed));
        Assert.Equal(new[] { "/mf/x/err-b", "/mf/y/err" }, byMetric["metricFilters"]!.AsArray().Select(f => $"{f!["logGroupName"]}/{f["filterName"]}"));
        Assert.Equal(new[] { 3, 1 }, pages.Select(p => p["metricFilters"]!.AsArray().Count));
        Assert.Equal(new[] { "err-a", "err-b", "warn", "err" }, pages.SelectMany(Names));
    }

    [Fact]
    public async Task Delete_RemovesOne_MissingFilterOrGroupIsNotFound()
    {
        await Seed.GroupAsync("/mf/del");
        await PutAsync("/mf/del", "gone");
        await PutAsync("/mf/del", "kept");

        await Api.OkAsync("DeleteMetricFilter", new { logGroupName = "/mf/del", filterName = "gone" });

        Assert.Equal(new[] { "kept" }, Names(await Api.OkAsync("DescribeMetricFilters", new { logGroupName = "/mf/del" })));
        await Api.ErrorAsync("DeleteMetricFilter", new { logGroupName = "/mf/del", filterName = "gone" }, "ResourceNotFoundException");
        await Api.ErrorAsync("DeleteMetricFilter", new { logGroupName = "/mf/none", filterName = "kept" }, "ResourceNotFoundException");
        await Api.ErrorAsync("PutMetricFilter", new { logGroupName = "/mf/none", filterName = "f", filterPattern = "", metricTransformations = Transformation() }, "ResourceNotFoundException");
        await Api.ErrorAsync("DescribeMetricFilters", new { logGroupName = "/mf/none" }, "ResourceNotFoundException");
    }

    [Fact]
    public async Task TestMetricFilter_ReturnsMatchesNumberedFromOne_WithExtractedValues()
    {
        JsonNode result = await Api.OkAsync("TestMetricFilter", new
        {
            filterPattern = "[ip, user, ..., status = 4*, bytes]",
            logEventMessages = new[] { "10.0.0.1 alice GET / 200 10", "10.0.0.2 bob GET /x 404 20", "no match", "10.0.0.3 carol PUT /y 403 30" },
        });

        JsonArray matches = result["matches"]!.AsArray();
        Assert.Equal(new long[] { 2, 4 }, matches.Select(m => (long)m!["eventNumber"]!));
        Assert.Equal("10.0.0.2 bob GET /x 404 20", (string?)matches[0]!["eventMessage"]);
        JsonObject values = matches[0]!["extractedValues"]!.AsObject();
        Assert.Equal("bob", (string?)values["$user"]);
        Assert.Equal("404", (string?)values["$status"]);
        Assert.Equal("20", (string?)values["$bytes"]);
        Assert.Equal("403", (string?)matches[1]!["extractedValues"]!["$status"]);
    }

    [Fact]
    public async Task TestMetricFilter_TermPatternMatchesWithoutValues()
    {
        JsonNode result = await Api.OkAsync("TestMetricFilter", new { filterPattern = "ERROR", logEventMessages = new[] { "ok", "ERROR disk" } });

        JsonNode match = result["matches"]!.AsArray().Single()!;
        Assert.Equal(2, (long)match["eventNumber"]!);
        Assert.Empty(match["extractedValues"]!.AsObject());
    }

    [Fact]
    public async Task Validation()
    {
        await Seed.GroupAsync("/mf/v");
        await Api.ErrorAsync("TestMetricFilter", new { filterPattern = "x", logEventMessages = Enumerable.Repeat("m", 51).ToArray() }, "InvalidParameterException");
        await Api.ErrorAsync("TestMetricFilter", new { filterPattern = "x", logEventMessages = new string[0] }, "InvalidParameterException");
        await Api.ErrorAsync("TestMetricFilter", new { filterPattern = "[a, b", logEventMessages = new[] { "m" } }, "InvalidParameterException");
        await Api.ErrorAsync("PutMetricFilter", new { logGroupName = "/mf/v", filterName = "bad:name", filterPattern = "", metricTransformations = Transformation() }, "InvalidParameterException");
        await Api.ErrorAsync("PutMetricFilter", new { logGroupName = "/mf/v", filterName = "f", filterPattern = "", metricTransformations = new object[0] }, "InvalidParameterException");
        await Api.ErrorAsync("PutMetricFilter", new { logGroupName = "/mf/v", filterName = "f", filterPattern = "" }, "InvalidParameterException");
        await Api.ErrorAsync("PutMetricFilter", new
        {
            logGroupName = "/mf/v", filterName = "f", filterPattern = "",
            metricTransformations = new[] { new { metricName = "m", metricNamespace = "n", metricValue = "1", unit = "Parsecs" } },
        }, "InvalidParameterException");
        await Api.ErrorAsync("PutMetricFilter", new
        {
            logGroupName = "/mf/v", filterName = "f", filterPattern = "[a, b]",
            metricTransformations = new[] { new { metricName = "m", metricNamespace = "n", metricValue = "1", defaultValue = 0, dimensions = new Dictionary<string, string> { ["A"] = "$a" } } },
        }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeMetricFilters", new { metricName = "Errors" }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeMetricFilters", new { limit = 51 }, "InvalidParameterException");
        await Api.ErrorAsync("DescribeMetricFilters", new { nextToken = "bogus" }, "InvalidParameterException");
        Assert.Empty((await Api.OkAsync("DescribeMetricFilters", new { logGroupName = "/mf/v" }))["metricFilters"]!.AsArray());
    }
}
