namespace CwLogs.Infrastructure;

/// <summary>
/// Names the service operation(s) a cmdlet calls, e.g. [CwLogsOperation("DeleteLogGroup")]. Machine-readable: the
/// coverage test, the README's cmdlet table and the export list are built from these, not from prose.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CwLogsOperationAttribute(string operation) : Attribute
{
    /// <summary>The operation's name in the service model, e.g. DescribeLogGroups.</summary>
    public string Operation { get; } = operation;
}
