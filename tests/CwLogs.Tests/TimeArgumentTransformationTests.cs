using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using CwLogs.Infrastructure.Time;
using Xunit;

namespace CwLogs.Tests
{
    /// <summary>A stand-in for a real cmdlet: binds time parameters the way the module's cmdlets will.</summary>
    [Cmdlet("Test", "CwTime")]
    public sealed class TestCwTimeCommand : PSCmdlet
    {
        [Parameter]
        [TimeArgumentTransformation]
        public DateTime? StartTime { get; set; }

        [Parameter]
        [TimeArgumentTransformation]
        public DateTime[]? Times { get; set; }

        protected override void ProcessRecord()
        {
            if (StartTime.HasValue)
            {
                WriteObject(StartTime.Value);
            }

            if (Times != null)
            {
                WriteObject(Times, enumerateCollection: true);
            }
        }
    }

    /// <summary>Runs script text in a real PowerShell engine with the test cmdlets loaded.</summary>
    internal static class TestEngine
    {
        public sealed record Result(IReadOnlyList<object> Output, IReadOnlyList<ErrorRecord> Errors);

        public static Result Run(string script)
        {
            InitialSessionState state = InitialSessionState.CreateDefault2();
            state.Commands.Add(new SessionStateCmdletEntry("Test-CwTime", typeof(TestCwTimeCommand), null));
            state.Commands.Add(new SessionStateCmdletEntry("Test-CwName", typeof(TestCwNameCommand), null));
            using PowerShell ps = PowerShell.Create(state);
            Collection<PSObject> output = ps.AddScript(script).Invoke();
            return new Result(output.Select(o => o.BaseObject).ToList(), ps.Streams.Error.ToList());
        }

        public static object Single(string script)
        {
            Result result = Run(script);
            Assert.Empty(result.Errors);
            return Assert.Single(result.Output);
        }

        public static ErrorRecord SingleError(string script)
        {
            Result result = Run(script);
            Assert.Empty(result.Output);
            return Assert.Single(result.Errors);
        }
    }

    public class TimeArgumentTransformationTests
    {
        private static readonly TimeArgumentTransformationAttribute Attribute = new TimeArgumentTransformationAttribute();

        // The attribute reads the clock itself, so engine results are checked against a window around the call.
        private static void AssertAgo(TimeSpan age, Func<object?> read)
        {
            DateTime before = DateTime.UtcNow;
            object? value = read();
            DateTime after = DateTime.UtcNow;
            DateTime time = Assert.IsType<DateTime>(value);
            Assert.Equal(DateTimeKind.Utc, time.Kind);
            Assert.InRange(time, before - age, after - age);
        }

        [Fact]
        public void TransformReturnsUtcDateTime()
        {
            AssertAgo(TimeSpan.FromHours(2), () => Attribute.Transform(null!, "2h"));
            AssertAgo(TimeSpan.FromDays(1), () => Attribute.Transform(null!, new PSObject(1m)));
        }

        [Fact]
        public void TransformPassesNullThrough()
        {
            Assert.Null(Attribute.Transform(null!, null!));
        }

        [Fact]
        public void TransformConvertsEachElementOfACollection()
        {
            object? value = Attribute.Transform(null!, new object[] { "2026-11-23T10:00:00Z", 1_700_000_000_000L, new PSObject("now") });

            DateTime[] times = Assert.IsType<DateTime[]>(value);
            Assert.Equal(3, times.Length);
            Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), times[0]);
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), times[1]);
            Assert.InRange(times[2], DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow);
        }

        [Fact]
        public void TransformWrapsTheMessageInAMetadataException()
        {
            var ex = Assert.Throws<ArgumentTransformationMetadataException>(() => Attribute.Transform(null!, "yesterdayish"));
            Assert.StartsWith("Cannot read 'yesterdayish' as a time. Use a DateTime,", ex.Message);
            Assert.IsType<ArgumentException>(ex.InnerException);
        }

        // 1d and 1.5d arrive as decimal, 30s as Int16, 2h as a bareword string: all must mean "that long ago".
        [Theory]
        [InlineData("Test-CwTime -StartTime 1d", 86_400)]
        [InlineData("Test-CwTime -StartTime 1.5d", 129_600)]
        [InlineData("Test-CwTime -StartTime 30s", 30)]
        [InlineData("Test-CwTime -StartTime 2h", 7_200)]
        [InlineData("Test-CwTime -StartTime '2h ago'", 7_200)]
        [InlineData("Test-CwTime -StartTime 15min", 900)]
        [InlineData("Test-CwTime -StartTime 1h30m", 5_400)]
        [InlineData("Test-CwTime -StartTime 2d12h", 216_000)]
        [InlineData("Test-CwTime -StartTime ([datetime]::UtcNow)", 0)]
        public void EngineReadsAges(string script, int secondsAgo)
        {
            AssertAgo(TimeSpan.FromSeconds(secondsAgo), () => TestEngine.Single(script));
        }

        [Fact]
        public void EngineConvertsLocalDateTime()
        {
            object value = TestEngine.Single("Test-CwTime -StartTime ([datetime]::new(2026, 11, 23, 10, 0, 0, [DateTimeKind]::Local))");
            Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Local).ToUniversalTime(), value);
        }

        [Fact]
        public void EngineReadsLongAsEpochMilliseconds()
        {
            object value = TestEngine.Single("Test-CwTime -StartTime 1700000000000");
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), value);
        }

        [Fact]
        public void EngineReadsIsoString()
        {
            object value = TestEngine.Single("Test-CwTime -StartTime 2026-11-23T10:00:00+02:00");
            Assert.Equal(new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc), value);
        }

        [Fact]
        public void EngineTransformsEachElementOfAnArray()
        {
            TestEngine.Result result = TestEngine.Run("Test-CwTime -Times 1700000000000, '2026-11-23T10:00:00Z'");

            Assert.Empty(result.Errors);
            Assert.Equal(
                new object[] { new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc) },
                result.Output);
        }

        [Fact]
        public void EngineReportsABadValueAsAParameterBindingError()
        {
            ErrorRecord error = TestEngine.SingleError("Test-CwTime -StartTime yesterdayish");

            var ex = Assert.IsAssignableFrom<ParameterBindingException>(error.Exception);
            Assert.Equal("StartTime", ex.ParameterName);
            Assert.Contains(
                "Cannot process argument transformation on parameter 'StartTime'. Cannot read 'yesterdayish' as a time. " +
                "Use a DateTime, an ISO 8601 string such as '2026-11-23T10:00:00Z', epoch seconds or milliseconds, " +
                "'today', 'yesterday', a time of day such as 10:00, or an age such as 30s, 15m, 1h30m, 3d, 1w " +
                "(optionally followed by 'ago').",
                ex.Message);
            Assert.StartsWith("ParameterArgumentTransformationError,", error.FullyQualifiedErrorId);
        }

        [Theory]
        [InlineData("Test-CwTime -StartTime 1y", "Cannot read '1y' as a time: y is not a unit of age (use s, m, h, d or w).")]
        [InlineData("Test-CwTime -StartTime '1y'", "Cannot read '1y' as a time: y is not a unit of age (use s, m, h, d or w).")]
        public void EngineNamesAYearAsTyped(string script, string message)
        {
            ErrorRecord error = TestEngine.SingleError(script);
            Assert.Contains(message, error.Exception.Message);
        }

        [Fact]
        public void EngineReadsSmallNumbersAsEpochSeconds()
        {
            object value = TestEngine.Single("Test-CwTime -StartTime 1700000000");
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc), value);
        }

        [Fact]
        public void EngineReportsANegativeAge()
        {
            ErrorRecord error = TestEngine.SingleError("Test-CwTime -StartTime '-2h'");

            Assert.Contains("Cannot read '-2h' as a time: an age cannot be negative.", error.Exception.Message);
        }
    }
}
