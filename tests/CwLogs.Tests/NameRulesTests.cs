using System.Linq;
using System.Management.Automation;
using CwLogs.Infrastructure.Validation;
using Xunit;

namespace CwLogs.Tests
{
    /// <summary>A stand-in cmdlet carrying the validation attributes, to run them through real parameter binding.</summary>
    [Cmdlet("Test", "CwName")]
    public sealed class TestCwNameCommand : PSCmdlet
    {
        [Parameter]
        [ValidateLogGroupName]
        public string? LogGroupName { get; set; }

        [Parameter]
        [ValidateLogGroupName]
        public string[]? LogGroupNames { get; set; }

        [Parameter]
        [ValidateLogGroupName(Prefix = true)]
        public string? LogGroupNamePrefix { get; set; }

        [Parameter]
        [ValidateLogStreamName]
        public string? LogStreamName { get; set; }

        [Parameter]
        [ValidateRetentionDays]
        public int RetentionInDays { get; set; }

        protected override void ProcessRecord()
        {
            WriteObject("ran");
        }
    }

    public class NameRulesTests
    {
        private const string GroupHint = "use 1-512 characters from A-Z, a-z, 0-9, '_', '-', '/', '.' and '#'.";
        private const string AllowedDays =
            "1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653";

        [Theory]
        [InlineData("a")]
        [InlineData("/aws/lambda/my-function")]
        [InlineData("A.b_c-d/e#9")]
        public void GoodLogGroupNamesPass(string name)
        {
            Assert.Null(NameRules.LogGroupNameProblem(name));
            Assert.Null(NameRules.LogGroupNamePrefixProblem(name));
        }

        [Fact]
        public void LogGroupNameMayBe512CharactersButNot513()
        {
            Assert.Null(NameRules.LogGroupNameProblem(new string('a', 512)));
            Assert.Equal(
                $"Log group name '{new string('a', 64)}...' (513 characters) is not valid: {GroupHint}",
                NameRules.LogGroupNameProblem(new string('a', 513)));
        }

        [Theory]
        [InlineData("a b")]
        [InlineData("app:prod")]
        [InlineData("logs*")]
        [InlineData("café")]
        [InlineData("a\tb")]
        public void BadLogGroupNamesAreNamedInTheMessage(string name)
        {
            Assert.Equal($"Log group name '{name}' is not valid: {GroupHint}", NameRules.LogGroupNameProblem(name));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        public void EmptyLogGroupNameIsAProblem(string? name)
        {
            Assert.Equal($"Log group name is empty: {GroupHint}", NameRules.LogGroupNameProblem(name));
        }

        [Fact]
        public void PrefixUsesTheGroupRulesWithItsOwnWording()
        {
            Assert.Equal($"Log group name prefix 'a b' is not valid: {GroupHint}", NameRules.LogGroupNamePrefixProblem("a b"));
            Assert.Equal($"Log group name prefix is empty: {GroupHint}", NameRules.LogGroupNamePrefixProblem(""));
            Assert.Null(NameRules.LogGroupNamePrefixProblem(new string('/', 512)));
            Assert.NotNull(NameRules.LogGroupNamePrefixProblem(new string('/', 513)));
        }

        [Theory]
        [InlineData("2026/11/23/[$LATEST]0123abcd")]
        [InlineData("with spaces and ünïcödé")]
        [InlineData("x")]
        public void GoodLogStreamNamesPass(string name)
        {
            Assert.Null(NameRules.LogStreamNameProblem(name));
        }

        [Theory]
        [InlineData("host:1")]
        [InlineData("stream*")]
        public void LogStreamNameMayNotContainColonOrStar(string name)
        {
            Assert.Equal(
                $"Log stream name '{name}' is not valid: use 1-512 characters, without ':' or '*'.",
                NameRules.LogStreamNameProblem(name));
        }

        [Fact]
        public void LogStreamNameLengthIs1To512()
        {
            Assert.Null(NameRules.LogStreamNameProblem(new string('s', 512)));
            Assert.Contains("(513 characters) is not valid", NameRules.LogStreamNameProblem(new string('s', 513)));
            Assert.Equal("Log stream name is empty: use 1-512 characters, without ':' or '*'.", NameRules.LogStreamNameProblem(""));
            Assert.NotNull(NameRules.LogStreamNameProblem(null));
        }

        [Fact]
        public void RetentionDaysAreTheServiceValues()
        {
            Assert.Equal(AllowedDays, string.Join(", ", NameRules.RetentionDays));
            Assert.All(NameRules.RetentionDays, days => Assert.Null(NameRules.RetentionDaysProblem(days)));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(2)]
        [InlineData(-7)]
        [InlineData(3650)]
        public void OtherRetentionDaysListTheAllowedValues(int days)
        {
            Assert.Equal($"Retention of {days} days is not valid: use one of {AllowedDays}.", NameRules.RetentionDaysProblem(days));
        }

        [Theory]
        [InlineData("-LogGroupName /aws/lambda/fn")]
        [InlineData("-LogGroupNames /a, /b")]
        [InlineData("-LogGroupNamePrefix /aws/")]
        [InlineData("-LogStreamName 'my stream'")]
        [InlineData("-RetentionInDays 30")]
        [InlineData("-LogGroupName ''")]
        public void EngineBindsGoodValues(string arguments)
        {
            Assert.Equal("ran", TestEngine.Single("Test-CwName " + arguments));
        }

        [Theory]
        [InlineData("-LogGroupName 'a b'", "LogGroupName", "Log group name 'a b' is not valid: " + GroupHint)]
        [InlineData("-LogGroupNames /ok, 'x:y'", "LogGroupNames", "Log group name 'x:y' is not valid: " + GroupHint)]
        [InlineData("-LogGroupNamePrefix 'a b'", "LogGroupNamePrefix", "Log group name prefix 'a b' is not valid: " + GroupHint)]
        [InlineData("-LogStreamName 'a:b'", "LogStreamName", "Log stream name 'a:b' is not valid: use 1-512 characters, without ':' or '*'.")]
        [InlineData("-RetentionInDays 2", "RetentionInDays", "Retention of 2 days is not valid: use one of " + AllowedDays + ".")]
        public void EngineRejectsBadValuesBeforeTheCmdletRuns(string arguments, string parameter, string message)
        {
            ErrorRecord error = TestEngine.SingleError("Test-CwName " + arguments);

            var ex = Assert.IsAssignableFrom<ParameterBindingException>(error.Exception);
            Assert.Equal(parameter, ex.ParameterName);
            Assert.Contains(message, ex.Message);
            Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
        }
    }
}
