using CwLogs.Client.Operations;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Validation;

/// <summary>
/// The rule on log group names that the service model cannot express (its lengths and pattern come from the model):
/// names starting with "aws/" are reserved for AWS.
/// </summary>
internal static class Names
{
    /// <summary>A name for CreateLogGroup: one that does not start with the reserved "aws/" (any case).</summary>
    public static string NotReserved(string value)
    {
        if (value.StartsWith(ServiceFacts.ReservedLogGroupPrefix, System.StringComparison.OrdinalIgnoreCase))
            throw Errors.InvalidParameter("Log groups starting with AWS/ are reserved for AWS.");
        return value;
    }
}
