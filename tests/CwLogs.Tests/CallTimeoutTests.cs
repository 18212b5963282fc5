using System.Management.Automation;
using CwLogs.Infrastructure.Credentials;
using Xunit;

namespace CwLogs.Tests;

/// <summary>The per-attempt timeout: -TimeoutSec, then $CwLogsTimeoutSec, then 30 s.</summary>
public sealed class CallTimeoutTests
{
    [Fact]
    public void DefaultIsThirtySeconds()
    {
        var (timeout, source) = CallTimeout.Resolve(null, null);

        Assert.Equal(TimeSpan.FromSeconds(30), timeout);
        Assert.StartsWith("the default", source);
    }

    [Fact]
    public void ParameterBeatsTheSessionVariable()
        => Assert.Equal((TimeSpan.FromSeconds(5), "the -TimeoutSec parameter"), CallTimeout.Resolve(5, 60));

    [Theory]
    [InlineData(12, 12)]
    [InlineData("45", 45)]
    [InlineData(2.5, 2.5)]
    public void SessionVariableTakesNumbersAndNumericStrings(object value, double seconds)
    {
        var (timeout, source) = CallTimeout.Resolve(null, PSObject.AsPSObject(value));

        Assert.Equal(TimeSpan.FromSeconds(seconds), timeout);
        Assert.Equal("$CwLogsTimeoutSec", source);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(3601)]
    public void BadSessionValuesAreRefusedWithTheVariableName(object value)
    {
        var error = Assert.Throws<ArgumentException>(() => CallTimeout.Resolve(null, value));

        Assert.Contains("$CwLogsTimeoutSec", error.Message);
    }
}
