using System.Text.Json;
using CwLogs.Emulator.Model;
using CwLogs.Emulator.Protocol;
using Xunit;

namespace CwLogs.Emulator.Tests.Model;

/// <summary>
/// The generic validator on its own, against a small model in botocore's format that has one shape of
/// each kind. Expected messages follow the service's wording (see the emulator README, "Validation").
/// </summary>
public sealed class RequestValidatorTests
{
    private const string ModelJson = """
    {
      "operations": {
        "Put": { "input": { "shape": "PutRequest" } },
        "NoInput": { }
      },
      "shapes": {
        "PutRequest": {
          "type": "structure",
          "required": ["name", "events"],
          "members": {
            "name": { "shape": "Name" },
            "events": { "shape": "Events" },
            "limit": { "shape": "Limit" },
            "order": { "shape": "Order" },
            "tags": { "shape": "Tags" },
            "flag": { "shape": "Flag" },
            "when": { "shape": "When" },
            "ratio": { "shape": "Ratio" },
            "newer": { "shape": "Newer", "source": "aws-sdk" }
          }
        },
        "Name": { "type": "string", "min": 1, "max": 5, "pattern": "[a-z]+" },
        "Events": { "type": "list", "min": 1, "max": 2, "member": { "shape": "Event" } },
        "Event": {
          "type": "structure",
          "required": ["time", "text"],
          "members": { "time": { "shape": "Time" }, "text": { "shape": "Text" } }
        },
        "Time": { "type": "long", "min": 0 },
        "Text": { "type": "string", "min": 1 },
        "Limit": { "type": "integer", "min": 1, "max": 50 },
        "Order": { "type": "string", "enum": ["Asc", "Desc"] },
        "Tags": { "type": "map", "min": 1, "max": 2, "key": { "shape": "TagKey" }, "value": { "shape": "TagValue" } },
        "TagKey": { "type": "string", "min": 1, "max": 3, "pattern": "^[a-z]+$" },
        "TagValue": { "type": "string", "max": 4 },
        "Flag": { "type": "boolean" },
        "When": { "type": "timestamp" },
        "Ratio": { "type": "double", "min": 0, "max": 1 },
        "Newer": {
          "type": "structure", "source": "aws-sdk",
          "members": { "label": { "shape": "Label", "source": "aws-sdk" } }
        },
        "Label": { "type": "string", "source": "aws-sdk" }
      }
    }
    """;

    private const string Valid = """{"name":"abc","events":[{"time":1,"text":"x"}]}""";

    private static readonly ServiceModel Model = ServiceModel.Parse(ModelJson);

    [Fact]
    public void ValidRequest_Passes()
    {
        Validate(Valid);
        Validate("""{"name":"abcde","events":[{"time":0,"text":"x"},{"time":2,"text":"y"}],"limit":50,"order":"Desc","tags":{"abc":"vvvv"},"flag":false,"when":1700000000,"ratio":0.5}""");
    }

    [Fact]
    public void MissingRequiredMember_IsValueNull()
    {
        Assert.Equal("1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
            Fails("""{"events":[{"time":1,"text":"x"}]}"""));
    }

    [Fact]
    public void JsonNull_CountsAsNotSet()
    {
        Assert.Equal("1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
            Fails("""{"name":null,"events":[{"time":1,"text":"x"}],"limit":null}"""));
    }

    [Theory]
    [InlineData("abcdef", "Member must have length less than or equal to 5")]
    [InlineData("AB", "Member must satisfy regular expression pattern: [a-z]+")]
    public void StringLengthAndPattern(string name, string constraint)
    {
        Assert.Equal($"1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: {constraint}",
            Fails($$"""{"name":"{{name}}","events":[{"time":1,"text":"x"}]}"""));
    }

    [Fact]
    public void PatternMustMatchTheWholeValue()
    {
        Assert.Contains("pattern", Fails("""{"name":"ab1","events":[{"time":1,"text":"x"}]}"""));
    }

    [Fact]
    public void EmptyString_BreaksPatternThenLength_TwoErrorsJoinedBySemicolon()
    {
        Assert.Equal("2 validation errors detected: "
            + "Value '' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+; "
            + "Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1",
            Fails("""{"name":"","events":[{"time":1,"text":"x"}]}"""));
    }

    [Theory]
    [InlineData("0", "Member must have value greater than or equal to 1")]
    [InlineData("51", "Member must have value less than or equal to 50")]
    public void IntegerRange(string limit, string constraint)
    {
        Assert.Equal($"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: {constraint}",
            Fails(Valid.TrimEnd('}') + $",\"limit\":{limit}}}"));
    }

    [Fact]
    public void DoubleRange()
    {
        Assert.Equal("1 validation error detected: Value '1.5' at 'ratio' failed to satisfy constraint: Member must have value less than or equal to 1",
            Fails(Valid.TrimEnd('}') + ",\"ratio\":1.5}"));
    }

    [Fact]
    public void Enum()
    {
        Assert.Equal("1 validation error detected: Value 'Up' at 'order' failed to satisfy constraint: Member must satisfy enum value set: [Asc, Desc]",
            Fails(Valid.TrimEnd('}') + ",\"order\":\"Up\"}"));
    }

    [Fact]
    public void ListLength_QuotesTheList()
    {
        Assert.Equal("1 validation error detected: Value '[]' at 'events' failed to satisfy constraint: Member must have length greater than or equal to 1",
            Fails("""{"name":"abc","events":[]}"""));
        Assert.Equal("1 validation error detected: Value '[{time=1, text=a}, {time=2, text=b}, {time=3, text=c}]' at 'events' "
            + "failed to satisfy constraint: Member must have length less than or equal to 2",
            Fails("""{"name":"abc","events":[{"time":1,"text":"a"},{"time":2,"text":"b"},{"time":3,"text":"c"}]}"""));
    }

    [Fact]
    public void NestedMembers_AreNamedByPath_WithListElementsNumberedFromOne()
    {
        Assert.Equal("3 validation errors detected: "
            + "Value null at 'events.1.member.time' failed to satisfy constraint: Member must not be null; "
            + "Value '-1' at 'events.2.member.time' failed to satisfy constraint: Member must have value greater than or equal to 0; "
            + "Value '' at 'events.2.member.text' failed to satisfy constraint: Member must have length greater than or equal to 1",
            Fails("""{"name":"abc","events":[{"text":"x"},{"time":-1,"text":""}]}"""));
    }

    [Fact]
    public void SeveralMembers_AreAllReported_InModelOrder()
    {
        string message = Fails("""{"order":"Up","limit":0,"name":"ABC"}""");

        Assert.StartsWith("4 validation errors detected: ", message);
        Assert.Equal(new[] { "'name'", "'events'", "'limit'", "'order'" }, QuotedPaths(message));
    }

    [Fact]
    public void MapKeysAndValues_AreReportedOncePerMap_ListingTheShapesConstraints()
    {
        Assert.Equal("2 validation errors detected: "
            + "Value '{abcd=v, Ab=toolong}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: "
            + "[Member must have length less than or equal to 3, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^[a-z]+$]; "
            + "Value '{abcd=v, Ab=toolong}' at 'tags' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 4]",
            Fails(Valid.TrimEnd('}') + ",\"tags\":{\"abcd\":\"v\",\"Ab\":\"toolong\"}}"));
    }

    [Fact]
    public void MapEntryCount()
    {
        Assert.Equal("1 validation error detected: Value '{}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1",
            Fails(Valid.TrimEnd('}') + ",\"tags\":{}}"));
    }

    [Fact]
    public void UnknownMembers_AreIgnored_AtAnyDepth()
    {
        Validate("""{"name":"abc","events":[{"time":1,"text":"x","extra":[1,{"y":null}]}],"unknown":{"limit":0},"Name":42}""");
    }

    [Fact]
    public void AwsSdkMembers_WithoutConstraints_AreCheckedForTypeOnly()
    {
        Validate(Valid.TrimEnd('}') + ",\"newer\":{\"label\":\"\"}}");
        Validate(Valid.TrimEnd('}') + $",\"newer\":{{\"label\":\"{new string('x', 100_000)}\"}}}}");

        Assert.Equal("SerializationException", Error(Valid.TrimEnd('}') + ",\"newer\":{\"label\":7}}").ErrorType);
    }

    [Theory]
    [InlineData("\"name\":5", "name")]
    [InlineData("\"limit\":\"5\"", "limit")]
    [InlineData("\"limit\":1.5", "limit")]
    [InlineData("\"limit\":3000000000", "limit")]
    [InlineData("\"flag\":\"true\"", "flag")]
    [InlineData("\"when\":\"2024-01-01\"", "when")]
    [InlineData("\"events\":{}", "events")]
    [InlineData("\"events\":[{\"time\":\"1\",\"text\":\"x\"}]", "events.1.member.time")]
    [InlineData("\"events\":[null]", "events.1.member")]
    [InlineData("\"tags\":[]", "tags")]
    [InlineData("\"tags\":{\"a\":1}", "tags.a")]
    public void WrongJsonType_IsSerializationException_NamingThePath(string member, string path)
    {
        ServiceException error = Error("{" + member + "}");

        Assert.Equal("SerializationException", error.ErrorType);
        Assert.Contains($"'{path}'", error.Message);
    }

    [Fact]
    public void WrongJsonType_WinsOverConstraintViolations()
    {
        // The service deserializes the whole request before it checks any constraint.
        Assert.Equal("SerializationException", Error("""{"name":"","events":[],"limit":"x"}""").ErrorType);
    }

    [Fact]
    public void ConstraintViolations_AreInvalidParameterException()
    {
        ServiceException error = Error("{}");

        Assert.Equal("InvalidParameterException", error.ErrorType);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public void OperationsOutsideTheModel_OrWithoutInput_AreLeftToTheirHandler()
    {
        using JsonDocument body = JsonDocument.Parse("""{"name":""}""");

        RequestValidator.Validate(Model, "PutLogGroupDeletionProtection", body.RootElement);
        RequestValidator.Validate(Model, "NoInput", body.RootElement);
    }

    [Fact]
    public void CheckString_AppliesOneShape_ToAValueAHandlerRead()
    {
        RequestValidator.CheckString(Model.Shape("Name"), "abc", "names.1.member");

        var error = Assert.Throws<ServiceException>(() => RequestValidator.CheckString(Model.Shape("Name"), "a:b", "names.1.member"));
        Assert.Equal("1 validation error detected: Value 'a:b' at 'names.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+",
            error.Message);
    }

    private static void Validate(string json)
    {
        using JsonDocument body = JsonDocument.Parse(json);
        RequestValidator.Validate(Model, "Put", body.RootElement);
    }

    private static ServiceException Error(string json) => Assert.Throws<ServiceException>(() => Validate(json));

    private static string Fails(string json)
    {
        ServiceException error = Error(json);
        Assert.Equal("InvalidParameterException", error.ErrorType);
        return error.Message;
    }

    private static string[] QuotedPaths(string message) =>
        System.Text.RegularExpressions.Regex.Matches(message, @" at ('[^']*')").Select(m => m.Groups[1].Value).ToArray();
}
