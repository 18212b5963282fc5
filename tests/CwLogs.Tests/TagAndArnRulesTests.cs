using System.Collections;
using CwLogs.Infrastructure.Validation;
using Xunit;

namespace CwLogs.Tests;

/// <summary>The tag and ARN rules checked before any call (TagRules, ArnRules).</summary>
public sealed class TagAndArnRulesTests
{
    [Fact]
    public void FiftyTagsOfTheLongestKeysAndValues_AreFine()
    {
        var tags = new Hashtable();
        for (var i = 0; i < 50; i++) tags[i.ToString("d3") + new string('k', 125)] = new string('v', 256);

        Assert.Null(TagRules.TagsProblem(tags));
    }

    [Fact]
    public void FiftyOneTags_AreRefused()
    {
        var tags = new Hashtable();
        for (var i = 0; i < 51; i++) tags["k" + i] = "v";

        Assert.Equal("-Tag has 51 tags: a resource can have at most 50.", TagRules.TagsProblem(tags));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a*b")]
    [InlineData("a\tb")]
    public void BadKeys_AreRefused(string key) => Assert.NotNull(TagRules.KeyProblem(key));

    [Fact]
    public void A129CharacterKey_IsRefused_ShowingItsStartAndLength()
    {
        var problem = TagRules.KeyProblem(new string('k', 129));

        Assert.Equal($"Tag key '{new string('k', 40)}...' has 129 characters: keys have 1-128.", problem);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("aws-cost_center:/=+-@. ")]
    [InlineData("équipe")]
    [InlineData("团队")]
    public void KeysOfLettersDigitsSpacesAndTheAllowedSigns_AreFine(string key) => Assert.Null(TagRules.KeyProblem(key));

    [Fact]
    public void Values_MayBeEmpty_AndUpTo256Characters()
    {
        Assert.Null(TagRules.ValueProblem("k", ""));
        Assert.Null(TagRules.ValueProblem("k", new string('v', 256)));
        Assert.Equal("The value of tag 'k' has 257 characters: values have at most 256.", TagRules.ValueProblem("k", new string('v', 257)));
        Assert.NotNull(TagRules.ValueProblem("k", "a;b"));
    }

    [Fact]
    public void NullValues_AndKeysThatBecomeTheSameText_AreRefused()
    {
        Assert.Equal("Tag 'k' has no value: give a text, '' for an empty value.", TagRules.TagsProblem(new Hashtable { ["k"] = null }));
        Assert.Equal("Tag key '1' is given twice.", TagRules.TagsProblem(new Hashtable { [1] = "a", ["1"] = "b" }));
    }

    [Fact]
    public void ToTags_TurnsValuesIntoCultureInvariantText()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var tags = TagRules.ToTags(new Hashtable { ["ratio"] = 1.5, ["count"] = 42, ["empty"] = "" });

            Assert.Equal("1.5", tags["ratio"]);
            Assert.Equal("42", tags["count"]);
            Assert.Equal("", tags["empty"]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("arn:aws:kms:us-east-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("arn:aws-cn:kms:cn-north-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef")]
    [InlineData("arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234")]
    public void KeyArns_AreFine(string arn) => Assert.Null(ArnRules.KmsKeyArnProblem(arn));

    [Theory]
    [InlineData("1234abcd-12ab-34cd-56ef-1234567890ab")]
    [InlineData("alias/logs")]
    [InlineData("arn:aws:kms:us-east-2:123456789012:alias/logs")]
    [InlineData("arn:aws:kms:us-east-2:1234:key/1234")]
    [InlineData("arn:aws:s3:us-east-2:123456789012:key/1234")]
    [InlineData("arn:aws:kms:us-east-2:123456789012:key/1234 ")]
    public void OtherKeyIds_AreRefused(string value) => Assert.NotNull(ArnRules.KmsKeyArnProblem(value));

    [Theory]
    [InlineData("arn:aws:logs:us-east-2:123456789012:log-group:/aws/lambda/fn")]
    [InlineData("arn:aws:logs:us-east-2:123456789012:destination:central")]
    public void LogsResourceArns_AreFine(string arn) => Assert.Null(ArnRules.LogsResourceArnProblem(arn));

    [Fact]
    public void AGroupArnEndingInWildcard_IsRefused_PointingToLogGroupArn()
    {
        var problem = ArnRules.LogsResourceArnProblem("arn:aws:logs:us-east-2:123456789012:log-group:app:*");

        Assert.Contains("use the log group's LogGroupArn", problem);
    }

    [Theory]
    [InlineData("app")]
    [InlineData("arn:aws:s3:::bucket")]
    [InlineData("arn:aws:logs:us-east-2:123456789012")]
    public void OtherValues_AreNoLogsResourceArn(string value) =>
        Assert.Contains("is not a CloudWatch Logs ARN", ArnRules.LogsResourceArnProblem(value));
}
