using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>Stops encrypting a group's new data with its KMS key; a group without a key is left as it is.</summary>
internal sealed class DisassociateKmsKeyHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public DisassociateKmsKeyHandler(LogStores stores) => _stores = stores;

    public string Name => "DisassociateKmsKey";

    public JsonObject Handle(OperationRequest request)
    {
        string name = KmsKeyTarget.LogGroupName(request);
        return _stores.For(request).Transact(store =>
        {
            store.RequireGroup(name).KmsKeyId = null;
            return new JsonObject();
        });
    }
}
