using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace CwLogs.Infrastructure.Time;

/// <summary>
/// Lets a TimeSpan parameter take seconds as a number (5, 1.5, and PowerShell's 1s, which is the number 1), a number
/// with a unit ('500ms', '30s', '2m', '1h'), or anything PowerShell itself converts to a TimeSpan ('00:00:05').
/// Without it a plain number would bind as ticks.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class IntervalArgumentTransformationAttribute : ArgumentTransformationAttribute
{
    private static readonly Regex NumberWithUnit = new(
        @"^\s*(?<n>\d+(\.\d+)?)\s*(?<unit>ms|s|m|h)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        object? input = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        try
        {
            return input switch
            {
                byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal
                    => TimeSpan.FromSeconds(Convert.ToDouble(input, CultureInfo.InvariantCulture)),
                string text when NumberWithUnit.Match(text) is { Success: true } match
                    => FromUnit(double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["unit"].Value),
                _ => input,
            };
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException)
        {
            throw new ArgumentTransformationMetadataException($"'{input}' is not a usable interval: {ex.Message}", ex);
        }
    }

    private static TimeSpan FromUnit(double value, string unit) => unit.ToLowerInvariant() switch
    {
        "ms" => TimeSpan.FromMilliseconds(value),
        "m" => TimeSpan.FromMinutes(value),
        "h" => TimeSpan.FromHours(value),
        _ => TimeSpan.FromSeconds(value),
    };
}
