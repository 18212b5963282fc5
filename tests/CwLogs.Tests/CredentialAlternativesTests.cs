using CwLogs.Infrastructure.Credentials;
using Xunit;

namespace CwLogs.Tests;

/// <summary>Typed credential parameters win over $PSDefaultParameterValues; two alternatives from one place are a conflict.</summary>
public sealed class CredentialAlternativesTests
{
    private static IReadOnlyList<string> Overridden(string[] typed, string[] fromDefaults) => CredentialAlternatives.Overridden(typed, fromDefaults);

    [Fact]
    public void TypedProfileDropsDefaultKeysWithTheirToken()
        => Assert.Equal(new[] { "AccessKey", "SecretKey", "SessionToken" },
            Overridden(new[] { "ProfileName" }, new[] { "AccessKey", "SecretKey", "SessionToken", "Region" }));

    [Fact]
    public void TypedKeysDropADefaultProfileAndItsLocation()
        => Assert.Equal(new[] { "ProfileName", "ProfileLocation" }, Overridden(new[] { "AccessKey", "SecretKey" }, new[] { "ProfileName", "ProfileLocation" }));

    [Fact]
    public void TypedCompanionsOfTheSameAlternativeAreNoConflict()
        => Assert.Empty(Overridden(new[] { "AccessKey", "SecretKey", "SessionToken" }, Array.Empty<string>()));

    [Fact]
    public void ALocationAloneOverridesNothing()
        => Assert.Empty(Overridden(new[] { "ProfileLocation" }, new[] { "AccessKey", "SecretKey" }));

    [Theory]
    [InlineData("AccessKey", "ProfileName")]
    [InlineData("SecretKey", "Credential")]
    [InlineData("ProfileName", "Credential")]
    public void TwoTypedAlternativesAreAConflict(string first, string second)
    {
        var error = Assert.Throws<CredentialParameterConflictException>(() => Overridden(new[] { first, second }, Array.Empty<string>()));
        Assert.Contains("on the command line", error.Message);
    }

    [Fact]
    public void TwoDefaultAlternativesWithNothingTypedAreAConflict()
    {
        var error = Assert.Throws<CredentialParameterConflictException>(() => Overridden(Array.Empty<string>(), new[] { "AccessKey", "SecretKey", "Credential" }));
        Assert.Contains("-AccessKey/-SecretKey and -Credential", error.Message);
        Assert.Contains("$PSDefaultParameterValues", error.Message);
    }

    [Fact]
    public void LeavesOutTheNamedValues()
    {
        var values = new AwsParameterValues { AccessKey = "a", SecretKey = "s", ProfileName = "p", Region = "r" };

        var kept = values.Without(new[] { "AccessKey", "SecretKey" });

        Assert.Equal(new AwsParameterValues { ProfileName = "p", Region = "r" }, kept);
    }
}
