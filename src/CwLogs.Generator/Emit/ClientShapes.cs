using CwLogs.Generator.Model;

namespace CwLogs.Generator.Emit;

/// <summary>A structure shape that becomes a C# class.</summary>
/// <param name="SentToService">Reachable from some request: its collections are read-only interfaces, so callers can pass any list or array.
/// Classes only ever read from responses get List/Dictionary.</param>
internal sealed record WireClass(ShapeModel Shape, string Name, bool SentToService);

/// <summary>
/// What the configured operations need from the model: their operations, every structure reachable
/// from their inputs and outputs (minus hand-written ones), and the enum shapes those use.
/// </summary>
internal sealed class ClientShapes
{
    private readonly ServiceModel _model;
    private readonly CSharpNames _names;
    private readonly Dictionary<string, WireClass> _classes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ShapeModel> _enums = new(StringComparer.Ordinal);
    private readonly HashSet<(string, bool)> _visited = new();

    public ClientShapes(ServiceModel model, GeneratorConfig config)
    {
        _model = model;
        _names = new CSharpNames(model, config.HandWritten);
        Operations = config.Operations
            .Select(name => model.Operations.TryGetValue(name, out var op) ? op : throw new InvalidDataException($"client.json names operation '{name}', which the model does not have."))
            .OrderBy(op => op.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var operation in Operations)
        {
            if (operation.Input is null) throw new InvalidDataException($"Operation {operation.Name} has no input shape.");
            Visit(operation.Input, sentToService: true);
            if (operation.Output is not null) Visit(operation.Output, sentToService: false);
        }
    }

    public IReadOnlyList<OperationModel> Operations { get; }

    public CSharpNames Names => _names;

    public IEnumerable<WireClass> Classes => _classes.Values.OrderBy(c => c.Name, StringComparer.Ordinal);

    public IEnumerable<ShapeModel> Enums => _enums.Values;

    public ShapeModel Shape(string name) => _model.Shape(name);

    public string ResponseName(OperationModel operation) => operation.Output is null ? "EmptyResponse" : _names.ClassName(operation.Output);

    private void Visit(string shapeName, bool sentToService)
    {
        if (!_visited.Add((shapeName, sentToService))) return;
        var shape = _model.Shape(shapeName);
        switch (shape.Type)
        {
            case "structure" when !_names.IsHandWritten(shapeName):
                var known = _classes.GetValueOrDefault(shapeName);
                _classes[shapeName] = new WireClass(shape, _names.ClassName(shapeName), sentToService || known?.SentToService == true);
                foreach (var member in shape.Members) Visit(member.Shape, sentToService);
                break;
            case "list":
                Visit(shape.ListMember!, sentToService);
                break;
            case "map":
                Visit(shape.MapValue!, sentToService);
                break;
            case "string" when shape.Enum.Count > 0:
                _enums[shapeName] = shape;
                break;
        }
    }
}
