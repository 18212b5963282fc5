using System.Management.Automation;

namespace CwLogs.Infrastructure.Steps;

/// <summary>A cmdlet with -Force: the change step then skips the automatic prompt of a high-impact change.</summary>
public interface IForceSwitch
{
    SwitchParameter Force { get; }
}
