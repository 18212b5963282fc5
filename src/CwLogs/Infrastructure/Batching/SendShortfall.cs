using CwLogs.Client;

namespace CwLogs.Infrastructure.Batching;

/// <summary>
/// Events a <see cref="BufferedEventSender"/> did not see through: never sent (held, or waiting, when sending
/// stopped), and sent with the outcome unknown (in flight when it was cancelled: the service may have stored them).
/// </summary>
public sealed class SendShortfall
{
    public static readonly SendShortfall None = new([], []);

    public SendShortfall(IReadOnlyList<InputLogEvent> neverSent, IReadOnlyList<InputLogEvent> outcomeUnknown)
    {
        NeverSent = neverSent;
        OutcomeUnknown = outcomeUnknown;
    }

    public IReadOnlyList<InputLogEvent> NeverSent { get; }

    public IReadOnlyList<InputLogEvent> OutcomeUnknown { get; }

    public bool IsEmpty => NeverSent.Count == 0 && OutcomeUnknown.Count == 0;
}
