using System.Linq;
using CwLogs.Emulator.Model;
using Xunit;

namespace CwLogs.Emulator.Tests.Model;

/// <summary>The embedded model/logs-2014-03-28.json as the emulator reads it.</summary>
public sealed class ServiceModelTests
{
    [Fact]
    public void LoadsEveryOperationOfTheRepositoryModel()
    {
        Assert.Equal(76, ServiceModel.Logs.Operations.Count);
        Assert.Contains("PutLogEvents", ServiceModel.Logs.Operations);
        Assert.Same(ServiceModel.Logs, ServiceModel.Logs); // loaded once
    }

    [Fact]
    public void ReadsConstraints_AndLinksShapes()
    {
        Assert.True(ServiceModel.Logs.TryGetInput("PutLogEvents", out Shape? input));

        Assert.Equal(new[] { "logGroupName", "logStreamName", "logEvents" }, input.Members.Select(m => m.Name).Where(input.Required.Contains));
        Shape events = input.Members.Single(m => m.Name == "logEvents").Shape;
        Assert.Equal("list", events.Type);
        Assert.Equal(1m, events.Min);
        Assert.Equal(10_000m, events.Max);
        Assert.Equal("InputLogEvent", events.Member!.Name);
        Assert.Equal(@"[\.\-_/#A-Za-z0-9]+", ServiceModel.Logs.Shape("LogGroupName").Pattern);
        Assert.Equal(new[] { "LogStreamName", "LastEventTime" }, ServiceModel.Logs.Shape("OrderBy").Enum);
    }

    [Fact]
    public void AwsSdkMembers_CarryNoConstraints()
    {
        Shape logGroupClass = ServiceModel.Logs.Shape("LogGroupClass");

        Assert.Null(logGroupClass.Enum);
        Assert.Null(logGroupClass.Pattern);
        Assert.Null(logGroupClass.Min);
    }

    [Fact]
    public void OperationsMissingFromTheModel_HaveNoInput()
    {
        Assert.False(ServiceModel.Logs.TryGetInput("PutLogGroupDeletionProtection", out _));
    }
}
