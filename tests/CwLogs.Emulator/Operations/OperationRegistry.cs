using System;
using System.Collections.Generic;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>All supported operations by name. Adding an operation = one handler class + one line here.</summary>
internal sealed class OperationRegistry
{
    private readonly Dictionary<string, IOperationHandler> _handlers = new(StringComparer.Ordinal);

    public OperationRegistry(LogStore store)
    {
        Add(new CreateLogGroupHandler(store));
        Add(new DeleteLogGroupHandler(store));
        Add(new DescribeLogGroupsHandler(store));
        Add(new PutLogGroupDeletionProtectionHandler(store));
        Add(new PutRetentionPolicyHandler(store));
        Add(new DeleteRetentionPolicyHandler(store));
        Add(new CreateLogStreamHandler(store));
        Add(new DeleteLogStreamHandler(store));
        Add(new DescribeLogStreamsHandler(store));
        Add(new PutLogEventsHandler(store));
        Add(new GetLogEventsHandler(store));
        Add(new FilterLogEventsHandler(store));
    }

    public IReadOnlyCollection<string> Names => _handlers.Keys;

    public bool TryGet(string operation, out IOperationHandler handler)
    {
        bool found = _handlers.TryGetValue(operation, out IOperationHandler? existing);
        handler = existing!;
        return found;
    }

    private void Add(IOperationHandler handler) => _handlers.Add(handler.Name, handler);
}
