using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

/// <summary>Sets retention; PutLogEvents then rejects events older than it (expiredLogEventEndIndex).</summary>
internal sealed class PutRetentionPolicyHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public PutRetentionPolicyHandler(LogStores stores) => _stores = stores;

    public string Name => "PutRetentionPolicy";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = body.RequiredString("logGroupName");
        // The model types retentionInDays as a plain integer, so the allowed values stay hand-written.
        int days = RetentionDays.Check(body.OptionalInt("retentionInDays") ?? throw Errors.MissingMember("retentionInDays"));
        return _stores.For(request).Transact(store =>
        {
            store.RequireGroup(name).RetentionInDays = days;
            return new JsonObject();
        });
    }
}
