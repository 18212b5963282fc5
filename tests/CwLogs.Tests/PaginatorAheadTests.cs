using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Paging;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// Paginator.PagesAhead: from the second page on, the next page is requested before the current one is handed
/// over; never more than one page ahead; the page ahead is abandoned when the consumer stops.
/// </summary>
public sealed class PaginatorAheadTests
{
    private sealed record Page(int Number, string? NextToken);

    /// <summary>A call that has been started; finishing it returns its page.</summary>
    private sealed class Call
    {
        public Call(int number, string? token) => (Number, Token) = (number, token);
        public int Number { get; }
        public string? Token { get; }
    }

    /// <summary>Answers from a script of next tokens and logs every start, finish and abandon in order.</summary>
    private sealed class FakeService
    {
        private readonly string?[] _nextTokens;
        private int _started;

        public FakeService(params string?[] nextTokens) => _nextTokens = nextTokens;

        public List<string> Log { get; } = new();

        public List<string?> SentTokens { get; } = new();

        public IEnumerable<Page> Pages(Func<Page, Exception?>? failOnFinish = null) => Paginator.PagesAhead(
            new DescribeLogGroupsRequest(),
            request =>
            {
                _started++;
                if (_started > _nextTokens.Length) throw new Xunit.Sdk.XunitException($"request {_started} was not expected");
                SentTokens.Add(request.NextToken);
                Log.Add($"start {_started}");
                return new Call(_started, request.NextToken);
            },
            call =>
            {
                Log.Add($"finish {call.Number}");
                var page = new Page(call.Number, _nextTokens[call.Number - 1]);
                if (failOnFinish?.Invoke(page) is { } error) throw error;
                return page;
            },
            call => Log.Add($"abandon {call.Number}"),
            p => p.NextToken);

        /// <summary>Reads every page, logging when each one reaches the consumer.</summary>
        public List<int> ReadAll()
        {
            var numbers = new List<int>();
            foreach (var page in Pages())
            {
                Log.Add($"page {page.Number}");
                numbers.Add(page.Number);
            }
            return numbers;
        }
    }

    [Fact]
    public void FromTheSecondPageTheNextRequestIsSentBeforeThePageIsHandedOver()
    {
        var service = new FakeService("t1", "t2", "t3", null);

        Assert.Equal(new[] { 1, 2, 3, 4 }, service.ReadAll());
        Assert.Equal(new[]
        {
            "start 1", "finish 1", "page 1",
            "start 2", "finish 2", "start 3", "page 2",
            "finish 3", "start 4", "page 3",
            "finish 4", "page 4",
        }, service.Log);
        Assert.Equal(new string?[] { null, "t1", "t2", "t3" }, service.SentTokens);
    }

    [Fact]
    public void AConsumerThatStopsAfterTheFirstPageSendsOneRequest()
    {
        var service = new FakeService("t1", "t2", null);

        Assert.Single(service.Pages().Take(1).ToList());
        Assert.Equal(new[] { "start 1", "finish 1" }, service.Log);
    }

    [Fact]
    public void ThePageAheadIsAbandonedWhenTheConsumerStops()
    {
        var service = new FakeService("t1", "t2", "t3", null);

        Assert.Equal(2, service.Pages().Take(2).Count());
        Assert.Equal(new[] { "start 1", "finish 1", "start 2", "finish 2", "start 3", "abandon 3" }, service.Log);
    }

    [Fact]
    public void NeverMoreThanOnePageAheadOfTheConsumer()
    {
        var service = new FakeService("t1", "t2", "t3", "t4", null);
        using var pages = service.Pages().GetEnumerator();

        for (var read = 1; read <= 4; read++)
        {
            Assert.True(pages.MoveNext());
            var started = service.Log.Count(l => l.StartsWith("start", StringComparison.Ordinal));
            Assert.Equal(read == 1 ? 1 : read + 1, started);
        }
    }

    [Fact]
    public void NothingIsRequestedAfterTheLastPage()
    {
        // GetLogEvents at the end of a stream hands back the token it was given: that page is the last.
        var service = new FakeService("t1", "t2", "t2");

        Assert.Equal(new[] { 1, 2, 3 }, service.ReadAll());
        Assert.Equal(3, service.SentTokens.Count);
        Assert.DoesNotContain(service.Log, l => l.StartsWith("abandon", StringComparison.Ordinal));
    }

    [Fact]
    public void AFailedPageSurfacesWhenItIsReachedAndNothingIsLeftAhead()
    {
        var service = new FakeService("t1", "t2", "t3", null);
        using var pages = service.Pages(p => p.Number == 3 ? new TimeoutException("page 3") : null).GetEnumerator();

        Assert.True(pages.MoveNext());
        Assert.True(pages.MoveNext());
        Assert.Throws<TimeoutException>(() => pages.MoveNext());
        pages.Dispose();
        Assert.Equal(new[] { "start 1", "finish 1", "start 2", "finish 2", "start 3", "finish 3" }, service.Log);
    }

    [Fact]
    public void SendsNothingUntilEnumerated()
    {
        var service = new FakeService("t1", null);

        var pages = service.Pages();

        Assert.Empty(service.Log);
        Assert.Equal(2, pages.Count());
    }
}
