namespace CwLogs.Model;

/// <summary>
/// The states of an export task. A parameter of this type takes any case (-StatusCode running) and its
/// name is sent as the service spells it: the service's enums are case-sensitive.
/// </summary>
public enum ExportTaskStatusCode
{
    PENDING,
    RUNNING,
    PENDING_CANCEL,
    COMPLETED,
    CANCELLED,
    FAILED,
}
