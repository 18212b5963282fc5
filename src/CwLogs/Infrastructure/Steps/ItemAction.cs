namespace CwLogs.Infrastructure.Steps;

/// <summary>
/// One item a step works on: the ShouldProcess target (also the error record's target), the ShouldProcess
/// action ("Remove log group") and how errors name the item ("Log group 'app'").
/// </summary>
public readonly record struct ItemAction(string Target, string Action, string Description)
{
    /// <summary>An item that is only read: no ShouldProcess action.</summary>
    public static ItemAction Read(string target, string description) => new(target, "", description);
}
