using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using CwLogs.Client.Operations;

namespace CwLogs.Infrastructure.Completion;

/// <summary>Completes -Unit with the CloudWatch standard units (quoted where they contain '/').</summary>
public sealed class StandardUnitCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = wordToComplete.Trim('\'', '"');
        return CwLogsEnums.StandardUnit.Values
            .Where(unit => unit.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(unit => new CompletionResult(unit.Contains('/') ? $"'{unit}'" : unit, unit, CompletionResultType.ParameterValue, unit));
    }
}
