using CwLogs.Client.Operations;
using CwLogs.Infrastructure.Paging;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Paginator streams pages lazily and stops on an empty or repeated token.</summary>
public sealed class PaginatorTests
{
    private sealed record Page(int Number, string? NextToken);

    /// <summary>A fake service answering from a script of next tokens, recording the token of every request.</summary>
    private sealed class FakeService
    {
        private readonly string?[] _nextTokens;

        public FakeService(params string?[] nextTokens) => _nextTokens = nextTokens;

        public List<string?> SentTokens { get; } = new();

        public Page Send(DescribeLogGroupsRequest request)
        {
            SentTokens.Add(request.NextToken);
            var number = SentTokens.Count;
            if (number > _nextTokens.Length) throw new Xunit.Sdk.XunitException($"request {number} was not expected");
            return new Page(number, _nextTokens[number - 1]);
        }

        public IEnumerable<Page> Pages(DescribeLogGroupsRequest? request = null)
            => Paginator.Pages(request ?? new DescribeLogGroupsRequest(), Send, p => p.NextToken);
    }

    [Fact]
    public void FollowsTokensUntilNull()
    {
        var service = new FakeService("t1", "t2", null);

        var pages = service.Pages().ToList();

        Assert.Equal(new[] { 1, 2, 3 }, pages.Select(p => p.Number));
        Assert.Equal(new string?[] { null, "t1", "t2" }, service.SentTokens);
    }

    [Fact]
    public void StopsOnAnEmptyToken()
    {
        var service = new FakeService("t1", "");

        Assert.Equal(2, service.Pages().Count());
        Assert.Equal(2, service.SentTokens.Count);
    }

    [Fact]
    public void SinglePageWithoutTokenSendsOneRequest()
    {
        var service = new FakeService((string?)null);

        Assert.Single(service.Pages());
        Assert.Single(service.SentTokens);
    }

    [Fact]
    public void StopsWhenTheServiceHandsBackTheTokenItWasGiven()
    {
        // GetLogEvents at the end of a stream answers with the same forward token.
        var service = new FakeService("t1", "t2", "t2");

        var pages = service.Pages().ToList();

        Assert.Equal(3, pages.Count);
        Assert.Equal(new string?[] { null, "t1", "t2" }, service.SentTokens);
    }

    [Fact]
    public void StartsFromTheCallersTokenAndStopsIfItIsRepeated()
    {
        var service = new FakeService("resume");

        var pages = service.Pages(new DescribeLogGroupsRequest { NextToken = "resume" }).ToList();

        Assert.Single(pages);
        Assert.Equal(new string?[] { "resume" }, service.SentTokens);
    }

    [Fact]
    public void SendsNothingUntilEnumerated()
    {
        var service = new FakeService("t1", null);

        var pages = service.Pages();

        Assert.Empty(service.SentTokens);
        Assert.Equal(2, pages.Count());
    }

    [Fact]
    public void SendsTheNextRequestOnlyWhenTheNextPageIsRequested()
    {
        var service = new FakeService("t1", "t2", null);
        using var pages = service.Pages().GetEnumerator();

        Assert.True(pages.MoveNext());
        Assert.Equal(1, pages.Current.Number);
        Assert.Single(service.SentTokens);

        Assert.True(pages.MoveNext());
        Assert.Equal(2, pages.Current.Number);
        Assert.Equal(2, service.SentTokens.Count);

        Assert.True(pages.MoveNext());
        Assert.Equal(3, service.SentTokens.Count);

        Assert.False(pages.MoveNext());
        Assert.Equal(3, service.SentTokens.Count);
    }

    [Fact]
    public void StoppingEarlySendsNoMoreRequests()
    {
        var service = new FakeService("t1", "t2", "t3", null);

        var first = service.Pages().Take(2).ToList();

        Assert.Equal(2, first.Count);
        Assert.Equal(2, service.SentTokens.Count);
    }

    [Fact]
    public void AnErrorFromSendSurfacesOnThePageThatFailed()
    {
        var calls = 0;
        var pages = Paginator.Pages(new DescribeLogGroupsRequest(),
            r => ++calls == 1 ? new Page(1, "t1") : throw new TimeoutException("page 2"),
            p => p.NextToken);
        using var enumerator = pages.GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Throws<TimeoutException>(() => enumerator.MoveNext());
        Assert.Equal(2, calls);
    }
}
