using System.Text.Json.Nodes;
using CwLogs.Generator.Emit;
using CwLogs.Generator.Model;
using Xunit;

namespace CwLogs.Generator.Tests;

/// <summary>How shapes become C#: names, types, paging and constraints, on a small model.</summary>
public sealed class ShapeMappingTests
{
    private static readonly ServiceModel Model = ServiceModel.Read(JsonNode.Parse("""
        {
          "metadata": { "targetPrefix": "Logs_20140328" },
          "operations": {
            "ListThings": {
              "input": { "shape": "ListThingsRequest" },
              "output": { "shape": "ListThingsResponse" },
              "paginator": { "input_token": "nextToken", "output_token": "nextForwardToken", "result_key": "things" }
            },
            "DeleteThing": { "input": { "shape": "DeleteThingRequest" } }
          },
          "shapes": {
            "ListThingsRequest": {
              "type": "structure",
              "required": ["names"],
              "members": {
                "names": { "shape": "Names" },
                "since": { "shape": "Stamp" },
                "limit": { "shape": "Limit" },
                "order": { "shape": "Order" },
                "nextToken": { "shape": "Token" },
                "tags": { "shape": "Tags" },
                "payload": { "shape": "Payload" },
                "URLList": { "shape": "Token" }
              }
            },
            "ListThingsResponse": { "type": "structure", "members": { "things": { "shape": "Things" }, "nextForwardToken": { "shape": "Token" } } },
            "DeleteThingRequest": { "type": "structure", "members": { "thing": { "shape": "Thing" } } },
            "Things": { "type": "list", "member": { "shape": "Thing" } },
            "Thing": { "type": "structure", "members": { "thing": { "shape": "Token" }, "labels": { "shape": "Names" } } },
            "Names": { "type": "list", "member": { "shape": "Token" }, "min": 1, "max": 100 },
            "Tags": { "type": "map", "key": { "shape": "Token" }, "value": { "shape": "Token" } },
            "Token": { "type": "string", "min": 1, "max": 512, "pattern": "[\\.\\-_/#A-Za-z0-9]+" },
            "Stamp": { "type": "long", "min": 0 },
            "Limit": { "type": "integer", "min": 1, "max": 50 },
            "Payload": { "type": "blob" },
            "Order": { "type": "string", "enum": ["LogStreamName", "LastEventTime", "PENDING_CANCEL", "Bytes/Second"] }
          }
        }
        """)!.AsObject());

    private static readonly GeneratorConfig Config = new("Test.Wire", new[] { "ListThings", "DeleteThing" }, new Dictionary<string, string>());

    private static readonly SortedDictionary<string, string> Files = ClientGenerator.Generate(Model, Config);

    [Fact]
    public void ListElementStructuresGetTheDataSuffixOthersKeepTheirShapeName()
    {
        var names = new CSharpNames(Model, new Dictionary<string, string> { ["Hand"] = "global::X.Hand" });
        Assert.Equal("ThingData", names.ClassName("Thing"));
        Assert.Equal("ListThingsRequest", names.ClassName("ListThingsRequest"));
        Assert.Equal("global::X.Hand", names.ClassName("Hand"));
        Assert.Equal(
            new[] { "CwLogsEnums.g.cs", "CwLogsJsonContext.g.cs", "CwLogsOperations.g.cs", "Shapes/DeleteThingRequest.g.cs", "Shapes/EmptyResponse.g.cs",
                    "Shapes/ListThingsRequest.g.cs", "Shapes/ListThingsResponse.g.cs", "Shapes/ThingData.g.cs" },
            Files.Keys);
    }

    [Theory]
    [InlineData("logGroupName", "LogGroup", "LogGroupName")]
    [InlineData("thing", "ThingData", "Thing")]
    [InlineData("thing", "Thing", "ThingValue")]
    public void MembersArePascalCasedAndNeverShareTheirClassName(string member, string className, string property)
        => Assert.Equal(property, CSharpNames.PropertyName(member, className));

    [Theory]
    [InlineData("LastEventTime", "LastEventTime")]
    [InlineData("PENDING_CANCEL", "PendingCancel")]
    [InlineData("Bytes/Second", "BytesSecond")]
    [InlineData("ENABLED", "Enabled")]
    [InlineData("1x", "_1x")]
    public void EnumValuesBecomePascalCaseIdentifiers(string value, string name)
        => Assert.Equal(name, CSharpNames.EnumMemberName(value));

    [Fact]
    public void RequestsTakeReadOnlyCollectionsResponsesGiveMutableOnes()
    {
        var request = Files["Shapes/ListThingsRequest.g.cs"];
        Assert.Contains("public IReadOnlyList<string>? Names { get; set; }", request);
        Assert.Contains("public IReadOnlyDictionary<string, string>? Tags { get; set; }", request);
        Assert.Contains("public List<ThingData>? Things { get; set; }", Files["Shapes/ListThingsResponse.g.cs"]);
        // Thing is sent (DeleteThing) and received (ListThings): read-only wins, reading still works.
        Assert.Contains("public IReadOnlyList<string>? Labels { get; set; }", Files["Shapes/ThingData.g.cs"]);
    }

    [Fact]
    public void ScalarsMapToNullableCSharpTypesAndTimestampsStayEpochMilliseconds()
    {
        var request = Files["Shapes/ListThingsRequest.g.cs"];
        Assert.Contains("public long? Since { get; set; }", request);
        Assert.Contains("public int? Limit { get; set; }", request);
        Assert.Contains("public byte[]? Payload { get; set; }", request);
        Assert.Contains("public string? Order { get; set; }", request);
    }

    [Fact]
    public void WireNamesTheCamelCasePolicyCannotProduceGetAnAttribute()
    {
        var request = Files["Shapes/ListThingsRequest.g.cs"];
        Assert.Contains("[JsonPropertyName(\"URLList\")]\n    public string? URLList", request);
        Assert.DoesNotContain("[JsonPropertyName(\"names\")]", request);
    }

    [Fact]
    public void PaginatorsMakePagedRequestsAndResponses()
    {
        Assert.Contains("public sealed partial class ListThingsRequest : IPagedRequest, IModelShape<ListThingsRequest>", Files["Shapes/ListThingsRequest.g.cs"]);
        Assert.Contains("string? IPagedResponse.NextPageToken => NextForwardToken;", Files["Shapes/ListThingsResponse.g.cs"]);
        Assert.DoesNotContain("IPagedRequest", Files["Shapes/DeleteThingRequest.g.cs"]);
    }

    [Fact]
    public void ConstraintsCarryRequiredLengthsRangesPatternsAndEnums()
    {
        var request = Files["Shapes/ListThingsRequest.g.cs"];
        Assert.Contains("new(\"names\", x => x.Names) { Required = true, MinLength = 1, MaxLength = 100 },", request);
        Assert.Contains("new(\"since\", x => x.Since) { Min = 0 },", request);
        Assert.Contains("new(\"limit\", x => x.Limit) { Min = 1, Max = 50 },", request);
        Assert.Contains("new(\"nextToken\", x => x.NextToken) { MinLength = 1, MaxLength = 512, Pattern = @\"[\\.\\-_/#A-Za-z0-9]+\" },", request);
        Assert.Contains("new(\"order\", x => x.Order) { AllowedValues = CwLogsEnums.Order.Values },", request);
        Assert.Contains("Constraints { get; } = System.Array.Empty<MemberRule<DeleteThingRequest>>();", Files["Shapes/DeleteThingRequest.g.cs"]);
    }

    [Fact]
    public void EnumsOperationsAndTheJsonContextCoverTheConfiguredOperations()
    {
        var enums = Files["CwLogsEnums.g.cs"];
        Assert.Contains("public const string PendingCancel = \"PENDING_CANCEL\";", enums);
        Assert.Contains("public static readonly EnumValues Values = new(LogStreamName, LastEventTime, PendingCancel, BytesSecond);", enums);

        var operations = Files["CwLogsOperations.g.cs"];
        Assert.Contains("public static readonly CwLogsOperation<DeleteThingRequest, EmptyResponse> DeleteThing =\n        new(\"DeleteThing\", () => Json.DeleteThingRequest, () => Json.EmptyResponse);", operations);
        Assert.Contains("CwLogsOperation<ListThingsRequest, ListThingsResponse> ListThings", operations);

        var context = Files["CwLogsJsonContext.g.cs"];
        foreach (var type in new[] { "EmptyResponse", "ListThingsRequest", "ListThingsResponse", "DeleteThingRequest" })
            Assert.Contains($"[JsonSerializable(typeof({type}))]", context);
    }

    [Fact]
    public void AnOperationMissingFromTheModelIsAClearError()
    {
        var config = Config with { Operations = new[] { "NoSuchOperation" } };
        var error = Assert.Throws<InvalidDataException>(() => ClientGenerator.Generate(Model, config));
        Assert.Contains("NoSuchOperation", error.Message);
    }
}
