using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Twister.Generators.Common;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Serialization.Emit;

/// <summary>
/// Writes the serializer provider of a connector: a class implementing <c>ISerializerProvider</c> with a
/// <c>typeof(T)</c> switch over the root types, one static field per serializer, and one nested class per
/// object type. Everything that is the same for every type is runtime code in <c>Twister.Generated</c>:
/// primitives (<c>BuiltInSerializers</c>), enums (<c>EnumSerializer</c>, given the member table), nullables,
/// arrays, lists, sets and dictionaries (generic serializers given their element's serializer).
/// </summary>
/// <remarks>
/// An object type's class has one write method, over <c>JsonOutput</c> (which composes the value in a buffer
/// or writes it directly to the writer), and one read method: one reader loop that matches member names as
/// UTF-8 literals and reads primitives through <c>JsonValues</c> without a virtual call.
/// </remarks>
internal sealed class SerializerEmitter
{
    private const string Generated = "global::Twister.Generated";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";
    private const string Values = Generated + ".JsonValues";
    private const string BuiltIns = Generated + ".BuiltInSerializers";

    // Primitives read inline through JsonValues; the others through their BuiltInSerializers instance.
    private static readonly HashSet<string> InlineReads = new(StringComparer.Ordinal)
    {
        "String", "Boolean", "Int32", "Int64", "Double", "Decimal", "Guid", "DateTime", "DateTimeOffset",
    };

    // Primitives JsonOutput writes as a property in one call.
    private static readonly Dictionary<string, string> PropertyWriters = new(StringComparer.Ordinal)
    {
        ["String"] = "WriteString", ["Guid"] = "WriteString", ["DateTime"] = "WriteString", ["DateTimeOffset"] = "WriteString",
        ["Boolean"] = "WriteBoolean",
        ["Byte"] = "WriteNumber", ["SByte"] = "WriteNumber", ["Int16"] = "WriteNumber", ["UInt16"] = "WriteNumber", ["Int32"] = "WriteNumber",
        ["UInt32"] = "WriteNumber", ["Int64"] = "WriteNumber", ["UInt64"] = "WriteNumber", ["Single"] = "WriteNumber", ["Double"] = "WriteNumber",
        ["Decimal"] = "WriteNumber",
    };

    // Members of the provider class that a serializer field or class must not be named after.
    private static readonly string[] ReservedNames = ["Instance", "GetSerializer"];

    private readonly Dictionary<string, TypeShape> _shapes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _roots;

    /// <summary>Prepares the emitter for <paramref name="shapes"/>, served by <paramref name="providerClass"/> for <paramref name="roots"/>.</summary>
    public SerializerEmitter(IEnumerable<TypeShape> shapes, IReadOnlyList<string> roots, string providerClass)
    {
        ProviderClass = providerClass;
        _roots = roots;
        var used = new HashSet<string>(ReservedNames.Append(providerClass), StringComparer.Ordinal);
        foreach (var shape in shapes.OrderBy(s => s.FullyQualifiedName, StringComparer.Ordinal)) _shapes[shape.FullyQualifiedName] = shape;
        foreach (var shape in _shapes.Values.Where(s => s.Kind != TypeShapeKind.BuiltIn))
        {
            var baseName = Describe(shape.FullyQualifiedName);
            var name = baseName;
            for (var i = 2; !Unused(used, name, shape); i++) name = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            used.Add(name);
            if (shape.Kind == TypeShapeKind.Object) used.Add(name + "Serializer");
            _fields[shape.FullyQualifiedName] = name;
        }
    }

    /// <summary>The provider class's simple name.</summary>
    public string ProviderClass { get; }

    /// <summary>An expression for the serializer of <paramref name="type"/>, usable anywhere in the connector class.</summary>
    public string InstanceOf(string type)
        => _shapes[type] is { Kind: TypeShapeKind.BuiltIn } builtIn ? $"{BuiltIns}.{builtIn.BuiltInName}" : $"{ProviderClass}.{_fields[type]}";

    /// <summary>Writes the provider class.</summary>
    public void Emit(SourceWriter w)
    {
        w.Line("/// <summary>The reflection-free serializers of this connector's callback arguments and stored state.</summary>");
        w.Open($"private sealed class {ProviderClass} : global::Twister.Serialization.ISerializerProvider");
        w.Line($"public static readonly {ProviderClass} Instance = new();");
        // Objects and enums first: they need nothing to be constructed.
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in _shapes.Values.Where(s => s.Kind is TypeShapeKind.Object or TypeShapeKind.Enum)) EmitField(w, shape, emitted);
        foreach (var shape in _shapes.Values) EmitField(w, shape, emitted);
        w.Line();
        w.Open("public global::Twister.Serialization.TwisterSerializer<T>? GetSerializer<T>()");
        foreach (var root in _roots)
            w.Line($"if (typeof(T) == typeof({root})) return (global::Twister.Serialization.TwisterSerializer<T>)(object){Local(root)};");
        w.Line("return null;");
        w.Close();
        foreach (var shape in _shapes.Values.Where(s => s.Kind == TypeShapeKind.Object))
        {
            w.Line();
            EmitObject(w, shape);
        }
        w.Close();
    }

    /// <summary>The serializer of <paramref name="type"/> as code inside the provider class names it.</summary>
    private string Local(string type) => _shapes[type] is { Kind: TypeShapeKind.BuiltIn } builtIn ? $"{BuiltIns}.{builtIn.BuiltInName}" : _fields[type];

    // A container's element serializer must be initialized before the container's (static fields run in order).
    private void EmitField(SourceWriter w, TypeShape shape, HashSet<string> emitted)
    {
        if (shape.Kind == TypeShapeKind.BuiltIn || !emitted.Add(shape.FullyQualifiedName)) return;
        var t = shape.FullyQualifiedName;
        var field = _fields[t];
        switch (shape.Kind)
        {
            case TypeShapeKind.Object:
                w.Line($"internal static readonly {field}Serializer {field} = new();");
                return;
            case TypeShapeKind.Enum:
                EmitEnumField(w, shape, field);
                return;
        }
        var element = _shapes[shape.ElementType!];
        EmitField(w, element, emitted);
        var serializer = shape.Kind switch
        {
            TypeShapeKind.Nullable => $"NullableSerializer<{element.FullyQualifiedName}>",
            TypeShapeKind.Array => $"ArraySerializer<{t}, {element.FullyQualifiedName}>",
            TypeShapeKind.Set => $"SetSerializer<{t}, {element.FullyQualifiedName}>",
            TypeShapeKind.Dictionary => $"DictionarySerializer<{t}, {element.FullyQualifiedName}>",
            _ => $"ListSerializer<{t}, {element.FullyQualifiedName}>",
        };
        w.Line($"internal static readonly {Generated}.{serializer} {field} = new({Local(element.FullyQualifiedName)});");
    }

    private static void EmitEnumField(SourceWriter w, TypeShape shape, string field)
    {
        var t = shape.FullyQualifiedName;
        var members = shape.EnumMembers;
        var head = $"internal static readonly {Generated}.EnumSerializer<{t}> {field} = new(static value => ({t})value";
        if (members.Count == 0)
        {
            w.Line(head + ");");
            return;
        }
        w.Line(head + ",");
        w.Indent();
        for (var i = 0; i < members.Count; i++)
            w.Line($"({CSharpLiteral.String(members[i].Name)}, {t}.{members[i].Name}){(i == members.Count - 1 ? ");" : ",")}");
        w.Outdent();
    }

    private void EmitObject(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var members = shape.Members;
        w.Open($"internal sealed class {_fields[t]}Serializer : {Generated}.GeneratedSerializer<{t}>");
        for (var i = 0; i < members.Count; i++)
            w.Line($"private static readonly {Generated}.JsonPropertyName Name{i} = new({CSharpLiteral.String(members[i].JsonName)});");
        if (members.Count > 0) w.Line();

        w.Open($"public override void WriteTo({Generated}.JsonOutput output, {t} value)");
        w.Line("output.WriteStartObject();");
        for (var i = 0; i < members.Count; i++) w.Line(WriteMember(members[i], i));
        w.Line("output.WriteEndObject();");
        w.Close();
        w.Line();

        w.Open($"public override {t} Read(ref {Reader} reader)");
        if (!shape.IsValueType) w.Line($"if (reader.TokenType == {TokenType}.Null) return null!;");
        w.Line($"{Values}.Expect(ref reader, {TokenType}.StartObject, {CSharpLiteral.String(t)});");
        // Missing members keep the constructor parameter's default, else the type's default.
        for (var i = 0; i < members.Count; i++)
            w.Line($"{members[i].TypeFullyQualifiedName} m{i} = {InitialValue(members[i])};");
        w.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndObject)");
        for (var i = 0; i < members.Count; i++)
        {
            var keyword = i == 0 ? "if" : "else if";
            w.Line($"{keyword} (reader.ValueTextEquals({Utf8Literal.Of(members[i].JsonName)})) {{ reader.Read(); m{i} = {ReadValue(members[i].TypeFullyQualifiedName)}; }}");
        }
        w.Line(members.Count == 0 ? "reader.Read(); reader.Skip();" : "else { reader.Read(); reader.Skip(); } // unknown member: written by a newer version");
        w.Close();
        w.Line($"return {Construct(shape)};");
        w.Close();
        w.Close();
    }

    private string WriteMember(MemberShape member, int index)
    {
        var shape = _shapes[member.TypeFullyQualifiedName];
        var name = $"Name{index}";
        var value = "value." + member.Name;
        if (PropertyWriter(shape) is { } method) return $"output.{method}({name}, {value});";
        // A nullable primitive is written inline: the value, or null.
        if (shape.Kind == TypeShapeKind.Nullable && PropertyWriter(_shapes[shape.ElementType!]) is { } present)
            return $"if ({value} is {{ }} v{index}) output.{present}({name}, v{index}); else output.WriteNull({name});";
        return $"{Local(member.TypeFullyQualifiedName)}.WriteProperty(output, {name}, {value});";
    }

    private static string? PropertyWriter(TypeShape shape)
        => shape.Kind == TypeShapeKind.BuiltIn && PropertyWriters.TryGetValue(shape.BuiltInName!, out var method) ? method : null;

    private string ReadValue(string type)
    {
        var shape = _shapes[type];
        if (shape.Kind != TypeShapeKind.BuiltIn) return $"{_fields[type]}.Read(ref reader)";
        return InlineReads.Contains(shape.BuiltInName!)
            ? $"{Values}.Read{shape.BuiltInName}(ref reader)"
            : $"{BuiltIns}.{shape.BuiltInName}.Read(ref reader)";
    }

    private static string Construct(TypeShape shape)
    {
        var members = shape.Members;
        var arguments = Enumerable.Range(0, members.Count)
            .Where(i => members[i].ConstructorParameterIndex >= 0)
            .OrderBy(i => members[i].ConstructorParameterIndex)
            .Select(i => $"m{i}");
        var assignments = Enumerable.Range(0, members.Count)
            .Where(i => members[i].ConstructorParameterIndex < 0 && members[i].CanAssign)
            .Select(i => $"{members[i].Name} = m{i}")
            .ToList();
        var text = $"new {shape.FullyQualifiedName}({string.Join(", ", arguments)})";
        return assignments.Count == 0 ? text : $"{text} {{ {string.Join(", ", assignments)} }}";
    }

    private static string InitialValue(MemberShape member) => member.ConstructorDefault switch
    {
        null => "default!",
        "null" => "null!",
        var declared => declared,
    };

    private static bool Unused(HashSet<string> used, string name, TypeShape shape)
        => !used.Contains(name) && (shape.Kind != TypeShapeKind.Object || !used.Contains(name + "Serializer"));

    /// <summary>
    /// A readable field name for <paramref name="type"/>, from its shape: <c>Address</c>, <c>NullableInt32</c>,
    /// <c>Int32Array</c>, <c>ListOfString</c>, <c>ListOfNullableString</c>, <c>IReadOnlyDictionaryOfAddress</c>.
    /// </summary>
    private string Describe(string type)
    {
        var shape = _shapes[type];
        switch (shape.Kind)
        {
            case TypeShapeKind.BuiltIn:
                return shape.BuiltInName!;
            case TypeShapeKind.Enum:
            case TypeShapeKind.Object:
                return Identifier(type);
            case TypeShapeKind.Nullable:
                return "Nullable" + Describe(shape.ElementType!);
        }
        // The element's own '?' (List<string?>) makes a distinct type, so it is part of the name.
        var element = (IsAnnotated(shape) ? "Nullable" : "") + Describe(shape.ElementType!);
        if (shape.Kind == TypeShapeKind.Array) return element + "Array";
        var definition = type.Substring(0, type.IndexOf('<'));
        return definition.Substring(definition.LastIndexOf('.') + 1) + "Of" + element;
    }

    private bool IsAnnotated(TypeShape container)
        => container.ElementDeclaration!.EndsWith("?", StringComparison.Ordinal) && _shapes[container.ElementType!].Kind != TypeShapeKind.Nullable;

    // The type's name without namespaces or containing types, letters and digits only (Page<Item> is PageItem).
    private static string Identifier(string type)
    {
        var builder = new StringBuilder(type.Length);
        var segment = new StringBuilder();
        foreach (var c in type.Replace("global::", ""))
        {
            if (char.IsLetterOrDigit(c) || c == '_') segment.Append(c);
            else if (c == '.') segment.Clear(); // a namespace or containing type: only the last part counts
            else
            {
                builder.Append(segment);
                segment.Clear();
            }
        }
        builder.Append(segment);
        var name = builder.ToString();
        // A type named with a keyword (@event) keeps a valid field name.
        return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? name : name + "Type";
    }
}
