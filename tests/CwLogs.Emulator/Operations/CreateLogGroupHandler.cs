using System.Collections.Generic;
using System.Text.Json.Nodes;
using CwLogs.Emulator.Protocol;
using CwLogs.Emulator.Store;
using CwLogs.Emulator.Validation;

namespace CwLogs.Emulator.Operations;

internal sealed class CreateLogGroupHandler : IOperationHandler
{
    private readonly LogStores _stores;

    public CreateLogGroupHandler(LogStores stores) => _stores = stores;

    public string Name => "CreateLogGroup";

    public JsonObject Handle(OperationRequest request)
    {
        RequestBody body = request.Body;
        string name = Names.NotReserved(body.RequiredString("logGroupName"));
        string? kmsKeyId = body.OptionalString("kmsKeyId");
        IReadOnlyDictionary<string, string>? tags = body.OptionalStringMap("tags");
        // The model has logGroupClass without its enum and lacks deletionProtectionEnabled: both stay hand-written.
        string logGroupClass = LogGroupClasses.Check(body.OptionalString("logGroupClass") ?? LogGroupClasses.Standard);
        bool deletionProtection = body.OptionalBool("deletionProtectionEnabled") ?? false;

        return _stores.For(request).Transact(store =>
        {
            if (store.TryGetGroup(name, out _)) throw Errors.GroupAlreadyExists();
            var group = new LogGroup(name, request.NowMillis, logGroupClass)
            {
                KmsKeyId = kmsKeyId,
                DeletionProtectionEnabled = deletionProtection,
            };
            if (tags is not null)
            {
                foreach ((string key, string value) in tags) group.Tags[key] = value;
            }
            store.AddGroup(group);
            return new JsonObject();
        });
    }
}
