using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Operations;

/// <summary>
/// One CloudWatch Logs API operation. Handlers validate, act on the store and return the
/// output shape; errors are thrown as <see cref="ServiceException"/>.
/// </summary>
internal interface IOperationHandler
{
    /// <summary>The operation name as it appears after "Logs_20140328." in X-Amz-Target.</summary>
    string Name { get; }

    /// <summary>The JSON output; an empty object for operations without output.</summary>
    JsonObject Handle(OperationRequest request);
}
