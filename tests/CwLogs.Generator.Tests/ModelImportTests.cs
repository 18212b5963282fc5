using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CwLogs.Generator.Import;
using Xunit;

namespace CwLogs.Generator.Tests;

/// <summary>The import: botocore's model as the base, aws-sdk's additions named and marked, prose removed.</summary>
public sealed class ModelImportTests
{
    private static JsonObject Botocore() => Parse("""
        {
          "version": "2.0",
          "documentation": "service prose",
          "metadata": { "targetPrefix": "Logs_20140328" },
          "operations": {
            "DescribeThings": {
              "name": "DescribeThings",
              "http": { "method": "POST", "requestUri": "/" },
              "input": { "shape": "DescribeThingsRequest" },
              "output": { "shape": "DescribeThingsResponse" },
              "documentation": "<p>Lists things.</p>"
            }
          },
          "shapes": {
            "DescribeThingsRequest": {
              "type": "structure",
              "required": ["thingName"],
              "members": {
                "thingName": { "shape": "ThingName", "documentation": "member prose" },
                "documentation": { "shape": "ThingName" }
              }
            },
            "DescribeThingsResponse": {
              "type": "structure",
              "members": { "things": { "shape": "Things" }, "nextToken": { "shape": "NextToken" } }
            },
            "Things": { "type": "list", "member": { "shape": "Thing" } },
            "Thing": { "type": "structure", "members": { "thingName": { "shape": "ThingName" } } },
            "ThingName": { "type": "string", "min": 1, "max": 512, "pattern": "[a-z]+", "documentation": "shape prose" },
            "ThingIdentifier": { "type": "string", "min": 1, "max": 2048 },
            "NextToken": { "type": "string", "min": 1 }
          }
        }
        """);

    private static JsonObject Sdk() => Parse("""
        {
          "metadata": { "targetPrefix": "Logs_20140328" },
          "operations": {
            "DescribeThings": {
              "input": { "type": "structure", "members": { "thingName": {}, "thingIdentifier": {}, "documentation": {} } },
              "output": {
                "type": "structure",
                "members": {
                  "things": { "type": "list", "member": { "type": "structure", "members": { "thingName": {}, "thingClass": {} } } },
                  "nextToken": {}
                }
              }
            },
            "ListWidgets": {
              "input": { "type": "structure", "required": ["widgetName"], "members": { "widgetName": {}, "tags": { "shape": "S1" } } },
              "output": { "type": "structure", "members": { "widgets": { "type": "list", "member": { "type": "structure", "members": { "tags": { "shape": "S1" }, "count": { "type": "integer" } } } } } }
            }
          },
          "shapes": { "S1": { "type": "map", "key": {}, "value": {} } }
        }
        """);

    private static JsonObject Paginators(string operation, string outputToken) => Parse($$"""
        { "pagination": { "{{operation}}": { "input_token": "nextToken", "output_token": "{{outputToken}}", "limit_key": "limit", "result_key": "things" } } }
        """);

    private static readonly ModelSource[] Sources =
    {
        new("botocore", "python3-botocore (Debian)", "1.29.27", new[] { "service-2.json" }),
        new("aws-sdk", "aws-sdk (npm)", "2.1693.0", new[] { "logs-2014-03-28.min.json" }),
    };

    private static JsonObject Import() => ModelImporter.Import(
        Botocore(), Paginators("DescribeThings", "nextToken"), Sdk(), Paginators("ListWidgets", "nextToken"), Sources);

    [Fact]
    public void DocumentationIsStrippedButAMemberNamedDocumentationStays()
    {
        var model = Import();
        Assert.DoesNotContain("prose", model.ToJsonString());
        Assert.DoesNotContain("Lists things", model.ToJsonString());
        Assert.NotNull(model["shapes"]!["DescribeThingsRequest"]!["members"]!["documentation"]);
    }

    [Fact]
    public void SourcesAreRecordedWithTheirVersions()
    {
        var sources = Import()["sources"]!.AsArray();
        Assert.Equal(new[] { "botocore 1.29.27", "aws-sdk 2.1693.0" },
            sources.Select(s => $"{s!["name"]} {s["version"]}"));
    }

    [Fact]
    public void OperationsBotocoreLacksComeFromAwsSdkWithNamedShapes()
    {
        var model = Import();
        var operation = model["operations"]!["ListWidgets"]!;
        Assert.Equal("aws-sdk", (string?)operation["source"]);
        Assert.Equal("ListWidgetsRequest", (string?)operation["input"]!["shape"]);
        Assert.Equal("ListWidgetsResponse", (string?)operation["output"]!["shape"]);

        var shapes = model["shapes"]!;
        Assert.Equal(new[] { "widgetName" }, shapes["ListWidgetsRequest"]!["required"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("Widgets", (string?)shapes["ListWidgetsResponse"]!["members"]!["widgets"]!["shape"]);
        Assert.Equal("Widget", (string?)shapes["Widgets"]!["member"]!["shape"]);
        Assert.Equal("integer", (string?)shapes["Count"]!["type"]);
        // The shared S1 map becomes one shape, used by both places that referenced it.
        Assert.Equal("Tags", (string?)shapes["ListWidgetsRequest"]!["members"]!["tags"]!["shape"]);
        Assert.Equal("Tags", (string?)shapes["Widget"]!["members"]!["tags"]!["shape"]);
        Assert.Equal("map", (string?)shapes["Tags"]!["type"]);
    }

    [Fact]
    public void MembersAwsSdkAddsToABotocoreShapeAreMarkedAndReuseBotocoreConstraints()
    {
        var shapes = Import()["shapes"]!;
        var request = shapes["DescribeThingsRequest"]!["members"]!;
        Assert.Null(request["thingName"]!["source"]);
        Assert.Equal("aws-sdk", (string?)request["thingIdentifier"]!["source"]);
        Assert.Equal("ThingIdentifier", (string?)request["thingIdentifier"]!["shape"]); // botocore's, with its max 2048

        var thing = shapes["Thing"]!["members"]!; // reached through the list of the response
        Assert.Equal("aws-sdk", (string?)thing["thingClass"]!["source"]);
        Assert.Equal("string", (string?)shapes[(string)thing["thingClass"]!["shape"]!]!["type"]);
    }

    [Fact]
    public void TheNewerRequiredListWins()
    {
        // aws-sdk no longer lists thingName as required (as logGroupName became optional in the real API).
        Assert.Null(Import()["shapes"]!["DescribeThingsRequest"]!["required"]);
    }

    [Fact]
    public void PaginatorsAreAttachedToTheirOperations()
    {
        var operations = Import()["operations"]!;
        Assert.Equal("nextToken", (string?)operations["DescribeThings"]!["paginator"]!["output_token"]);
        Assert.Null(operations["DescribeThings"]!["paginator"]!["source"]);
        Assert.Equal("aws-sdk", (string?)operations["ListWidgets"]!["paginator"]!["source"]);
    }

    [Fact]
    public void BotocoresPaginatorWinsOverAwsSdks()
    {
        var model = ModelImporter.Import(Botocore(), Paginators("DescribeThings", "nextToken"), Sdk(),
            Paginators("DescribeThings", "somethingElse"), Sources);
        Assert.Equal("nextToken", (string?)model["operations"]!["DescribeThings"]!["paginator"]!["output_token"]);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}

/// <summary>The checked-in model/logs-2014-03-28.json: complete, consistent, facts only.</summary>
public sealed class CheckedInModelTests
{
    private static readonly JsonObject Model = Generation.ReadObject(RepoPaths.Find(AppContext.BaseDirectory).Model);

    private static IEnumerable<JsonObject> Shapes => Model["shapes"]!.AsObject().Select(s => s.Value!.AsObject());

    [Fact]
    public void HoldsBotocoresOperationsAndTheNewerOnes()
    {
        var operations = Model["operations"]!.AsObject();
        Assert.Equal(76, operations.Count);
        Assert.Equal(48, operations.Count(o => o.Value!["source"] is null));
        Assert.Equal("aws-sdk", (string?)operations["StartLiveTail"]!["source"]);
        Assert.Equal(new[] { "botocore", "aws-sdk" }, Model["sources"]!.AsArray().Select(s => (string?)s!["name"]));
    }

    [Fact]
    public void HasNoDocumentation()
    {
        var text = Model.ToJsonString();
        Assert.DoesNotContain("\"documentation\"", text);
        Assert.DoesNotContain("<p>", text);
    }

    [Fact]
    public void EveryReferencedShapeExists()
    {
        var names = Model["shapes"]!.AsObject().Select(s => s.Key).ToHashSet();
        var references = Model["operations"]!.AsObject()
            .SelectMany(o => new[] { o.Value!["input"]?["shape"], o.Value["output"]?["shape"] })
            .Concat(Shapes.SelectMany(s => (s["members"]?.AsObject() ?? new JsonObject()).Select(m => m.Value!["shape"])))
            .Concat(Shapes.SelectMany(s => new[] { s["member"]?["shape"], s["key"]?["shape"], s["value"]?["shape"] }))
            .OfType<JsonNode>()
            .Select(n => (string)n!)
            .Distinct();
        Assert.Empty(references.Where(r => !names.Contains(r)));
    }

    [Fact]
    public void EveryPatternIsAValidDotNetRegex()
    {
        foreach (var pattern in Shapes.Select(s => (string?)s["pattern"]).OfType<string>())
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
    }

    [Fact]
    public void GetLogEventsPagesByTheForwardToken()
    {
        var paginator = Model["operations"]!["GetLogEvents"]!["paginator"]!;
        Assert.Equal("nextToken", (string?)paginator["input_token"]);
        Assert.Equal("nextForwardToken", (string?)paginator["output_token"]);
    }

    [Fact]
    public void KeepsBotocoresConstraintsAndAddsNewerMembers()
    {
        var shapes = Model["shapes"]!;
        Assert.Equal(512, (int)shapes["LogGroupName"]!["max"]!);
        Assert.Equal("aws-sdk", (string?)shapes["LogGroup"]!["members"]!["logGroupClass"]!["source"]);
        Assert.Equal(new[] { "LogStreamName", "LastEventTime" }, shapes["OrderBy"]!["enum"]!.AsArray().Select(v => (string?)v));
    }
}
