using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CwLogs.Client;
using CwLogs.Client.Operations;
using CwLogs.Generator.Emit;
using CwLogs.Generator.Model;
using Xunit;

namespace CwLogs.Generator.Tests;

/// <summary>The generated wire layer as compiled into the module: it speaks the model's JSON and fits the hand-written code.</summary>
public sealed class ModuleFitTests
{
    private static readonly RepoPaths Repo = RepoPaths.Find(AppContext.BaseDirectory);
    private static readonly ServiceModel Model = ServiceModel.Read(Generation.ReadObject(Repo.Model));
    private static readonly GeneratorConfig Config = GeneratorConfig.Read(Generation.ReadObject(Repo.Config));
    private static readonly ClientShapes Shapes = new(Model, Config);
    private static readonly Assembly Module = typeof(CwLogsServiceClient).Assembly;

    // The context is internal to the module; its JSON contract is what goes on the wire.
    private static readonly JsonSerializerContext Json = (JsonSerializerContext)Module
        .GetType("CwLogs.Client.Operations.CwLogsJsonContext", throwOnError: true)!
        .GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static Type ModuleType(string className)
        => Module.GetType($"{Config.Namespace}.{className}") ?? throw new InvalidOperationException($"The module has no {className}.");

    private static IEnumerable<string> JsonNames(Type type) => Json.GetTypeInfo(type)!.Properties.Select(p => p.Name);

    [Fact]
    public void EveryGeneratedClassSerializesTheModelsMemberNames()
    {
        foreach (var wireClass in Shapes.Classes)
        {
            Assert.Equal(wireClass.Shape.Members.Select(m => m.Name).Order(), JsonNames(ModuleType(wireClass.Name)).Order());
        }
    }

    [Fact]
    public void TheHandWrittenInputLogEventHasTheModelsMembers()
    {
        var shape = Model.Shape("InputLogEvent");
        var json = JsonSerializer.Serialize(new InputLogEvent(1_700_000_000_000, "m"), (JsonTypeInfo<InputLogEvent>)Json.GetTypeInfo(typeof(InputLogEvent))!);
        var sent = JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name);
        Assert.Equal(shape.Members.Select(m => m.Name).Order(), sent.Order());
        Assert.Equal(new[] { "message", "timestamp" }, shape.Required.Order());
        Assert.Equal(typeof(long), typeof(InputLogEvent).GetProperty(nameof(InputLogEvent.Timestamp))!.PropertyType);
    }

    [Fact]
    public void NoWireClassTakesTheNameOfAPipelineType()
    {
        var pipelineTypes = Module.GetTypes().Where(t => t.IsPublic && t.Namespace == "CwLogs.Model").Select(t => t.Name).ToHashSet();
        Assert.NotEmpty(pipelineTypes);
        Assert.Empty(Shapes.Classes.Select(c => c.Name).Where(pipelineTypes.Contains));
    }

    [Fact]
    public void TheOperationTableHasEveryConfiguredOperation()
    {
        var fields = typeof(CwLogsOperations).GetFields(BindingFlags.Public | BindingFlags.Static);
        Assert.Equal(Config.Operations.Order(), fields.Select(f => f.Name).Order());
        Assert.Equal("DescribeLogGroups", CwLogsOperations.DescribeLogGroups.Name);
    }

    [Theory]
    [InlineData("lasteventtime", "LastEventTime")]
    [InlineData("LOGSTREAMNAME", "LogStreamName")]
    [InlineData("LastEventTime", "LastEventTime")]
    [InlineData("newest", null)]
    public void EnumLookupGivesTheServicesSpelling(string input, string? canonical)
        => Assert.Equal(canonical, CwLogsEnums.OrderBy.Values.Canonical(input));

    [Fact]
    public void GetLogEventsPagesByItsForwardToken()
    {
        IPagedResponse page = new GetLogEventsResponse { NextForwardToken = "f/1", NextBackwardToken = "b/1" };
        Assert.Equal("f/1", page.NextPageToken);
        IPagedResponse groups = new DescribeLogGroupsResponse { NextToken = "n" };
        Assert.Equal("n", groups.NextPageToken);
    }

    [Fact]
    public void ConstraintsCatchBadRequestsBeforeACall()
    {
        Assert.Equal(new[] { "logGroupName is required." }, ModelConstraints.Check(new CreateLogGroupRequest()));
        Assert.Equal(new[] { "limit must be at most 50 (it is 51)." }, ModelConstraints.Check(new DescribeLogGroupsRequest { Limit = 51 }));
        Assert.Equal(new[] { "orderBy must be one of LogStreamName, LastEventTime (it is 'lasteventtime')." },
            ModelConstraints.Check(new DescribeLogStreamsRequest { LogGroupName = "g", OrderBy = "lasteventtime" }));
        Assert.Contains("logGroupName must be at most 512 long (it is 513).",
            ModelConstraints.Check(new DeleteLogGroupRequest { LogGroupName = new string('a', 513) }));
        Assert.Equal(new[] { "logGroupName must match the pattern [\\.\\-_/#A-Za-z0-9]+." },
            ModelConstraints.Check(new DeleteLogGroupRequest { LogGroupName = "!!" }));
        Assert.Equal(new[] { "logEvents must be at least 1 long (it is 0)." },
            ModelConstraints.Check(new PutLogEventsRequest { LogGroupName = "g", LogStreamName = "s", LogEvents = Array.Empty<InputLogEvent>() }));
        Assert.Empty(ModelConstraints.Check(new PutRetentionPolicyRequest { LogGroupName = "g", RetentionInDays = 7 }));
    }
}
