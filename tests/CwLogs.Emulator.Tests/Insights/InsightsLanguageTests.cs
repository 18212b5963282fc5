using System.Collections.Generic;
using System.Linq;
using CwLogs.Emulator.Insights;
using CwLogs.Emulator.Protocol;
using Xunit;
using static CwLogs.Emulator.Tests.Insights.InsightsRunner;

namespace CwLogs.Emulator.Tests.Insights;

/// <summary>The emulator's Logs Insights subset, command by command and combined.</summary>
public sealed class InsightsLanguageTests
{
    private static readonly string[] Requests =
    {
        """{"level":"INFO","latency":120,"path":"/a","user":{"id":"u1"}}""",
        """{"level":"ERROR","latency":30,"path":"/b","user":{"id":"u2"}}""",
        """{"level":"INFO","latency":45.5,"path":"/a"}""",
        "plain text GET /c 200",
        """{"level":"WARN","latency":"slow","path":"/b","tags":["x","y"]}""",
    };

    [Fact]
    public void NoCommandsButFilter_RowsAreNewestFirst_WithGeneratedFieldsJsonFieldsAndPtr()
    {
        List<Dictionary<string, string>> rows = Rows("filter @message like 'GET'", Requests);

        Dictionary<string, string> row = Assert.Single(rows);
        Assert.Equal("2023-11-14 22:13:23.000", row["@timestamp"]);
        Assert.Equal("plain text GET /c 200", row["@message"]);
        Assert.Equal("s", row["@logStream"]);
        Assert.Equal("123456789012:g", row["@log"]);
        Assert.Equal("2023-11-14 22:13:23.005", row["@ingestionTime"]);
        Assert.False(string.IsNullOrEmpty(row["@ptr"]));
        Assert.Equal(new[] { "/b", "", "/a", "/b", "/a" }, Column("filter ispresent(@message)", "path", Requests));
    }

    [Fact]
    public void Fields_ShowOnlyThoseFieldsInOrder_ThenPtr_AndNestedJsonByPath()
    {
        List<Dictionary<string, string>> rows = Rows("fields user.id, level | fields @timestamp", Requests);

        Assert.Equal(new[] { "level", "@timestamp", "@ptr" }, rows[0].Keys); // WARN row: no user.id
        Assert.Equal(new[] { "user.id", "level", "@timestamp", "@ptr" }, rows[4].Keys);
        Assert.Equal("u1", rows[4]["user.id"]);
        Assert.Equal(new[] { "x", "y" }, new[] { Rows("fields tags.0, tags.1", Requests)[0]["tags.0"], Rows("fields tags.1", Requests)[0]["tags.1"] });
    }

    [Theory]
    [InlineData("filter level = 'INFO'", "/a,/a")]
    [InlineData("filter level != \"INFO\"", "/b,/b")]
    [InlineData("filter latency > 40", "/a,/a")]
    [InlineData("filter latency >= 45.5", "/a,/a")]
    [InlineData("filter latency < 45.5", "/b")]
    [InlineData("filter latency <= 30", "/b")]
    [InlineData("filter latency = 120", "/a")]
    [InlineData("filter path like '/b'", "/b,/b")]
    [InlineData("filter path like /^\\/[ab]$/ and level not like 'INF'", "/b,/b")]
    [InlineData("filter path =~ /a/", "/a,/a")]
    [InlineData("filter level = 'ERROR' or level = 'WARN'", "/b,/b")]
    [InlineData("filter not (level = 'INFO') and ispresent(level)", "/b,/b")]
    [InlineData("filter level = 'INFO' and (latency > 100 or latency < 50)", "/a,/a")]
    [InlineData("filter level in ['ERROR', 'WARN']", "/b,/b")]
    [InlineData("filter user.id = 'u2'", "/b")]
    [InlineData("filter missing = 1 or missing != 1", "")]
    [InlineData("filter latency != 30 and latency > 0", "/a,/a")]
    [InlineData("filter latency != 30", "/a,/a,/b")]
    [InlineData("FILTER level = 'INFO' AND latency > 100", "/a")]
    public void Filter_ComparesNumbersAsNumbers_TextAsText_WithLikeRegexAndLogic(string query, string expectedPaths)
    {
        string[] paths = Column(query + " | sort @timestamp", "path", Requests);

        Assert.Equal(expectedPaths, string.Join(",", paths));
    }

    [Fact]
    public void Sort_AscendingByDefault_DescOnRequest_NumbersAsNumbers_MissingLast()
    {
        Assert.Equal(new[] { "30", "45.5", "120", "slow", "" }, Column("sort latency", "latency", Requests)); // numbers before text
        Assert.Equal(new[] { "slow", "120", "45.5", "30", "" }, Column("sort latency desc", "latency", Requests));
        Assert.Equal(new[] { "/a", "/a", "/b", "/b", "" }, Column("sort path asc, latency desc", "path", Requests));
        Assert.Equal(new[] { "120", "45.5" }, Column("sort path, latency desc | limit 2", "latency", Requests));
    }

    [Fact]
    public void Limit_KeepsTheFirstRows_AndWinsOverTheRequestLimit()
    {
        Assert.Equal(2, Rows("limit 2", Requests).Count);
        Assert.Equal(2, Outcome("fields @message", Requests, requestLimit: 2).Rows.Count);
        Assert.Equal(4, Outcome("limit 4", Requests, requestLimit: 2).Rows.Count);
        Assert.Equal(5, Outcome("limit 4", Requests).RecordsMatched); // matched counts records before the limit
    }

    [Fact]
    public void Stats_CountAvgSumMinMax_ByField_OrderedByGroup_WithAliases()
    {
        List<Dictionary<string, string>> rows = Rows(
            "filter ispresent(level) | stats count(*), count(user.id) as users, avg(latency), sum(latency), min(latency), max(latency) by level",
            Requests);

        Assert.Equal(new[] { "ERROR", "INFO", "WARN" }, rows.Select(r => r["level"]));
        Assert.Equal(new[] { "level", "count(*)", "users", "avg(latency)", "sum(latency)", "min(latency)", "max(latency)" }, rows[1].Keys);
        Assert.Equal(new[] { "2", "1", "82.75", "165.5", "45.5", "120" },
            new[] { rows[1]["count(*)"], rows[1]["users"], rows[1]["avg(latency)"], rows[1]["sum(latency)"], rows[1]["min(latency)"], rows[1]["max(latency)"] });
        Assert.Equal(new[] { "level", "count(*)", "users" }, rows[2].Keys); // "slow" is not a number: no avg/sum/min/max
        Assert.DoesNotContain(rows, r => r.ContainsKey("@ptr"));
    }

    [Fact]
    public void Stats_WithoutBy_OneRow_ThenSortAndLimitWorkOnStatsRows()
    {
        Assert.Equal("5", Assert.Single(Rows("stats count(*)", Requests))["count(*)"]);
        Assert.Empty(Rows("filter level = 'NONE' | stats count(*)", Requests));
        Assert.Equal(new[] { "/b" }, Column("stats count(*) as n by path | sort n desc, path desc | limit 1", "path", Requests));
        QueryOutcome outcome = Outcome("filter level = 'INFO' | stats count(*) by path", Requests);
        Assert.Equal(2, outcome.RecordsMatched);
        Assert.Equal(5, outcome.RecordsScanned);
    }

    [Fact]
    public void Parse_Glob_ExtractsFields_DefaultingToMessage_AndNamedField()
    {
        string[] lines = { "user=ann action=login took=12ms", "user=bob action=logout took=7ms", "no match here" };

        List<Dictionary<string, string>> rows = Rows("parse 'user=* action=* took=*ms' as who, what, ms | filter ispresent(who) | sort ms", lines);
        Assert.Equal(new[] { "bob", "ann" }, rows.Select(r => r["who"]));
        Assert.Equal(new[] { "logout", "login" }, rows.Select(r => r["what"]));
        Assert.Equal(new[] { "7", "12" }, rows.Select(r => r["ms"]));

        Assert.Equal(new[] { "/b", "/a" }, Column("parse path '/*' as letter | stats count(*) by letter | sort letter desc", "letter", Requests)
            .Select(l => "/" + l));
        Assert.Equal(new[] { "ann x" }, Column("parse @message 'user=*' as rest | filter rest like 'ann' | parse rest '* action' as name | fields name", "name", lines)
            .Select(n => n + " x"));
    }

    [Fact]
    public void Parse_RegexWithNamedGroups_SetsThoseFields()
    {
        Assert.Equal(new[] { "7", "12" }, Column("parse @message /took=(?<ms>\\d+)ms/ | filter ispresent(ms) | sort ms | fields ms",
            "ms", "user=ann took=12ms", "user=bob took=7ms"));
    }

    [Fact]
    public void Combination_FilterParseStatsSortLimit()
    {
        string[] lines = Enumerable.Range(0, 30).Select(i => $"GET /item/{i % 3} status={(i % 5 == 0 ? 500 : 200)}").ToArray();

        List<Dictionary<string, string>> rows = Rows(
            "filter @message like /GET/ | parse 'GET /item/* status=*' as item, status | filter status = 200 | stats count(*) as hits by item | sort hits desc, item | limit 2",
            lines);

        Assert.Equal(new[] { ("0", "8"), ("1", "8") }, rows.Select(r => (r["item"], r["hits"])));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("fields", 6)]
    [InlineData("filter level =", 14)]
    [InlineData("filter level ~ 'x'", 13)]
    [InlineData("dedup level", 0)]
    [InlineData("stats median(latency)", 6)]
    [InlineData("stats avg(*)", 6)]
    [InlineData("limit 0", 6)]
    [InlineData("limit 10001", 6)]
    [InlineData("sort latency | limit 5 extra", 23)]
    [InlineData("parse @message 'a=*' as x, y", 24)]
    [InlineData("parse @message /no groups/", 15)]
    [InlineData("filter x like /[/", 14)]
    [InlineData("filter x = 'open", 11)]
    [InlineData("fields bin(5m)", 10)]
    public void MalformedQueries_AreRefused_WithTheOffendingOffset(string query, int start)
    {
        ServiceException error = Assert.Throws<ServiceException>(() => QueryParser.Parse(query));

        Assert.Equal("MalformedQueryException", error.ErrorType);
        Assert.Equal(start, (int)error.Members!["queryCompileError"]!["location"]!["startCharOffset"]!);
        Assert.Equal(error.Message, (string?)error.Members["queryCompileError"]!["message"]);
    }

    [Fact]
    public void CommentsAndBackQuotedNames_AreUnderstood()
    {
        string[] messages = { """{"odd name":"v1"}""", """{"odd name":"v2"}""" };

        Assert.Equal(new[] { "v1" }, Column("# pick one\nfilter `odd name` = 'v1' # trailing\n| fields `odd name`", "odd name", messages));
    }
}
