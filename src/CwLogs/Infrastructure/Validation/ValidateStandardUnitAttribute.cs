using System.Management.Automation;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Validation;

/// <summary>Accepts a CloudWatch standard unit in any case (the cmdlet sends the service's spelling), listing them otherwise.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateStandardUnitAttribute : NameValidationAttribute
{
    protected override string? Problem(string name) => CwLogsEnums.StandardUnit.Values.Canonical(name) is null
        ? $"'{name}' is not a CloudWatch unit. Use one of: {CwLogsEnums.StandardUnit.Values}."
        : null;
}
