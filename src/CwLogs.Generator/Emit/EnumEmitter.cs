using CwLogs.Generator.Model;

namespace CwLogs.Generator.Emit;

/// <summary>
/// The model's enums as string constants, one nested class per enum shape, each with an EnumValues
/// list whose Canonical() turns any casing of a value into the spelling the service expects.
/// Wire members stay strings, so a value the service adds later still round-trips.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(IEnumerable<ShapeModel> enums, string ns)
    {
        var code = new CodeWriter(ns);
        code.Line("/// <summary>The values of the model's enum shapes.</summary>");
        code.Block("public static class CwLogsEnums", () =>
        {
            var first = true;
            foreach (var shape in enums)
            {
                if (!first) code.Line();
                first = false;
                var names = MemberNames(shape);
                code.Line($"/// <summary>Model shape <c>{shape.Name}</c>.</summary>");
                code.Block($"public static class {shape.Name}", () =>
                {
                    for (var i = 0; i < shape.Enum.Count; i++)
                    {
                        code.Line($"public const string {names[i]} = \"{shape.Enum[i]}\";");
                    }
                    code.Line();
                    code.Line($"public static readonly EnumValues Values = new({string.Join(", ", names)});");
                });
            }
        });
        return code.ToString();
    }

    private static List<string> MemberNames(ShapeModel shape)
    {
        var names = new List<string>();
        foreach (var value in shape.Enum)
        {
            var name = CSharpNames.EnumMemberName(value);
            if (name is "Values" || name == shape.Name) name += "Value";
            var unique = name;
            for (var i = 2; names.Contains(unique); i++) unique = name + i;
            names.Add(unique);
        }
        return names;
    }
}
