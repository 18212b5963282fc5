using System;
using System.Collections.Generic;
using CwLogs.Emulator.Store;

namespace CwLogs.Emulator.Operations;

/// <summary>All supported operations by name. Adding an operation = one handler class + one line here.</summary>
internal sealed class OperationRegistry
{
    private readonly Dictionary<string, IOperationHandler> _handlers = new(StringComparer.Ordinal);

    public OperationRegistry(LogStores store, EmulatorFaults settings, Insights.EvaluationProbe probe)
    {
        Add(new CreateLogGroupHandler(store));
        Add(new DeleteLogGroupHandler(store));
        Add(new DescribeLogGroupsHandler(store));
        Add(new PutLogGroupDeletionProtectionHandler(store));
        Add(new PutRetentionPolicyHandler(store));
        Add(new DeleteRetentionPolicyHandler(store));
        Add(new AssociateKmsKeyHandler(store));
        Add(new DisassociateKmsKeyHandler(store));
        Add(new TagLogGroupHandler(store));
        Add(new UntagLogGroupHandler(store));
        Add(new ListTagsLogGroupHandler(store));
        Add(new TagResourceHandler(store));
        Add(new UntagResourceHandler(store));
        Add(new ListTagsForResourceHandler(store));
        Add(new CreateLogStreamHandler(store));
        Add(new DeleteLogStreamHandler(store));
        Add(new DescribeLogStreamsHandler(store));
        Add(new PutLogEventsHandler(store));
        Add(new GetLogEventsHandler(store));
        Add(new FilterLogEventsHandler(store));
        Add(new StartQueryHandler(store, settings, probe));
        Add(new GetQueryResultsHandler(store));
        Add(new StopQueryHandler(store));
        Add(new DescribeQueriesHandler(store));
        Add(new PutQueryDefinitionHandler(store));
        Add(new DescribeQueryDefinitionsHandler(store));
        Add(new DeleteQueryDefinitionHandler(store));
        Add(new GetLogGroupFieldsHandler(store));
        Add(new GetLogRecordHandler(store));
        Add(new CreateExportTaskHandler(store, settings));
        Add(new DescribeExportTasksHandler(store));
        Add(new CancelExportTaskHandler(store));
        Add(new PutDestinationHandler(store));
        Add(new PutDestinationPolicyHandler(store));
        Add(new DescribeDestinationsHandler(store));
        Add(new DeleteDestinationHandler(store));
        Add(new PutResourcePolicyHandler(store));
        Add(new DescribeResourcePoliciesHandler(store));
        Add(new DeleteResourcePolicyHandler(store));
        Add(new PutMetricFilterHandler(store));
        Add(new DescribeMetricFiltersHandler(store));
        Add(new DeleteMetricFilterHandler(store));
        Add(new TestMetricFilterHandler());
        Add(new PutSubscriptionFilterHandler(store));
        Add(new DescribeSubscriptionFiltersHandler(store));
        Add(new DeleteSubscriptionFilterHandler(store));
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
