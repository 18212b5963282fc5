namespace CwLogs.Client.Operations;

/// <summary>The "{}" result of operations that return nothing.</summary>
public sealed class EmptyResponse
{
}
