using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Sets the KMS key a group's new data is encrypted with; DescribeLogGroups then shows it as kmsKeyId.</summary>
internal sealed class AssociateKmsKeyHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public AssociateKmsKeyHandler(LogStores stores) => _stores = stores;

    public string Name => "AssociateKmsKey";

    public JsonObject Handle(OperationRequest request)
    {
        string kmsKeyId = KmsKeyArns.Check(request.Body.RequiredString("kmsKeyId"));
        string name = KmsKeyTarget.LogGroupName(request);
        return _stores.For(request).Transact(store =>
        {
            store.RequireGroup(name).KmsKeyId = kmsKeyId;
            return new JsonObject();
        });
    }
}
