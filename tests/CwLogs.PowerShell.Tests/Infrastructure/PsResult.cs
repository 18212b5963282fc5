using System.Collections.ObjectModel;
using System.Management.Automation;

namespace CwLogs.PowerShell.Tests.Infrastructure;

/// <summary>Everything one script produced, stream by stream.</summary>
public sealed record PsResult(
    Collection<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Verbose,
    IReadOnlyList<string> Debug,
    IReadOnlyList<string> Information)
{
    public object? Property(int index, string name) => Output[index].Properties[name]?.Value;

    /// <summary>Every text the streams carried, for "no secret anywhere" checks.</summary>
    public string AllText()
        => string.Join("\n", Output.Select(o => o?.ToString())
            .Concat(Errors.Select(e => e + " " + e.Exception + " " + e.ErrorDetails?.Message + " " + e.TargetObject))
            .Concat(Warnings).Concat(Verbose).Concat(Debug).Concat(Information));
}
