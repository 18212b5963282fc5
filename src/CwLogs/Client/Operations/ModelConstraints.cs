namespace CwLogs.Client.Operations;

/// <summary>Checks a wire shape against the constraints the service model puts on its members, before a call.</summary>
public static class ModelConstraints
{
    /// <summary>Every constraint <paramref name="shape"/> breaks, e.g. "logGroupName is required."; empty when it satisfies the model.</summary>
    public static IReadOnlyList<string> Check<TShape>(TShape shape) where TShape : IModelShape<TShape>
        => TShape.Constraints.Select(rule => rule.Check(shape)).OfType<string>().ToList();
}
