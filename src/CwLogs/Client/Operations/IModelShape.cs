namespace CwLogs.Client.Operations;

/// <summary>A generated wire class: it carries the model's constraints on its members.</summary>
public interface IModelShape<TSelf> where TSelf : IModelShape<TSelf>
{
    static abstract IReadOnlyList<MemberRule<TSelf>> Constraints { get; }
}
