using System;
using System.Linq;
using System.Management.Automation;
using CwLogs.Infrastructure.Time;
using CwLogs.Model;
using Xunit;

namespace CwLogs.Tests
{
    public class OutputTimeTextTests
    {
        [Fact]
        public void EveryOutputTimeHasAGetterSoThatItPrintsWithMilliseconds()
        {
            var times = typeof(LogEvent).Assembly.GetTypes()
                .Where(t => t.Namespace == "CwLogs.Model" && t.IsPublic)
                .SelectMany(t => t.GetProperties().Where(p => p.PropertyType == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset?))
                    .Select(p => $"{t.Name}.{p.Name}"))
                .OrderBy(n => n, StringComparer.Ordinal);
            var getters = OutputTimeText.Getters().Select(g => $"{g.Type.Name}.{g.Name}").OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(times, getters);
        }

        [Fact]
        public void ATaggedTimePrintsIsoToTheMillisecondAndKeepsFormatting()
        {
            var time = new DateTimeOffset(2026, 12, 4, 16, 25, 20, 123, TimeSpan.FromHours(1));
            var tagged = (PSObject)OutputTimeText.Wrap(time)!;
            Assert.Equal(time, tagged.BaseObject);
            Assert.Equal("2026-12-04T16:25:20.123+01:00", OutputTimeText.Text(tagged));
            Assert.Equal("16:25", OutputTimeText.Text(tagged, "HH:mm"));
            Assert.Equal("2026", OutputTimeText.Text(tagged, "yyyy", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Null(OutputTimeText.Wrap(null));
        }
    }
}
