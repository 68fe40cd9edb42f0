using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Twister.Generators.Common;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Serialization.Emit;

/// <summary>
/// Writes reflection-free serializers for a set of <see cref="TypeShape"/>s, nested in a provider
/// class that implements <c>ISerializerProvider</c> with a <c>typeof(T)</c> switch. Objects,
/// collections and enums get a class with static <c>WriteValue</c>/<c>ReadValue</c> methods that
/// call each other directly; primitives are written inline and read through
/// <c>Twister.Serialization.JsonValues</c>, so the hot path has no virtual calls.
/// </summary>
/// <remarks>
/// Writing has two paths. <c>WriteValue</c>, the entry, first composes the whole value with
/// <c>Twister.Serialization.Utf8JsonComposer</c> (see <see cref="ComposeEmitter"/>) and hands the
/// writer one raw value; when the composer refuses (writer options, a string to escape, a
/// non-finite number, the depth limit) or the shape is not composable (<see cref="ComposableShapes"/>),
/// <c>WriteWithWriter</c> writes it token by token, calling nested types' <c>WriteWithWriter</c>
/// so that a refused value is composed at most once.
/// </remarks>
internal sealed class SerializerEmitter
{
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";
    private const string Guard = "global::Twister.Serialization.JsonReaderGuard";
    private const string Values = "global::Twister.Serialization.JsonValues";
    private const string BuiltIns = "global::Twister.Serialization.BuiltInSerializers";

    private static readonly HashSet<string> InlineReads = new(StringComparer.Ordinal)
    {
        "String", "Boolean", "Int32", "Int64", "Double", "Decimal", "Guid", "DateTime", "DateTimeOffset",
    };

    private static readonly HashSet<string> NumberBuiltIns = new(StringComparer.Ordinal)
    {
        "Byte", "SByte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal",
    };

    private readonly Dictionary<string, TypeShape> _shapes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _classNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _composable;
    private readonly ComposeEmitter _compose;

    /// <summary>Prepares the emitter for <paramref name="shapes"/>, nested in <paramref name="providerClass"/>.</summary>
    public SerializerEmitter(IEnumerable<TypeShape> shapes, string providerClass)
    {
        ProviderClass = providerClass;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            _shapes[shape.FullyQualifiedName] = shape;
            if (shape.Kind == TypeShapeKind.BuiltIn) continue;
            var baseName = Identifier(shape.FullyQualifiedName) + "Serializer";
            var name = baseName;
            for (var i = 2; !used.Add(name); i++) name = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _classNames[shape.FullyQualifiedName] = name;
        }
        _composable = ComposableShapes.Find(_shapes);
        _compose = new ComposeEmitter(_shapes, type => $"{ProviderClass}.{_classNames[type]}");
    }

    /// <summary>The provider class's simple name.</summary>
    public string ProviderClass { get; }

    /// <summary>An expression for the <c>TwisterSerializer&lt;T&gt;</c> of <paramref name="type"/>.</summary>
    public string InstanceOf(string type)
        => _shapes[type] is { Kind: TypeShapeKind.BuiltIn } builtIn ? $"{BuiltIns}.{builtIn.BuiltInName}" : $"{ProviderClass}.{_classNames[type]}.Instance";

    /// <summary>A statement writing <paramref name="value"/> of <paramref name="type"/> as one JSON value (composed when it can be).</summary>
    public string WriteValue(string type, string writer, string value)
        => _shapes[type].Kind == TypeShapeKind.BuiltIn ? WriteBuiltIn(_shapes[type], writer, value) : $"{ProviderClass}.{_classNames[type]}.WriteValue({writer}, {value});";

    /// <summary>A statement writing <paramref name="value"/> of <paramref name="type"/> through the writer's own calls only.</summary>
    private string WriteWithWriter(string type, string writer, string value)
        => _shapes[type].Kind == TypeShapeKind.BuiltIn ? WriteBuiltIn(_shapes[type], writer, value) : $"{ProviderClass}.{_classNames[type]}.WriteWithWriter({writer}, {value});";

    private static string WriteBuiltIn(TypeShape shape, string writer, string value)
    {
        return shape.BuiltInName switch
        {
            "String" => $"if ({value} is null) {writer}.WriteNullValue(); else {writer}.WriteStringValue({value});",
            "Boolean" => $"{writer}.WriteBooleanValue({value});",
            "Guid" or "DateTime" or "DateTimeOffset" => $"{writer}.WriteStringValue({value});",
            var n when NumberBuiltIns.Contains(n!) => $"{writer}.WriteNumberValue({value});",
            // Uri, the one reference type left here, writes a null element (List<Uri?>) as null; the '!'
            // only meets TwisterSerializer<Uri>.Write's parameter, and is a no-op on the value types.
            var n => $"{BuiltIns}.{n}.Write({writer}, {value}!);",
        };
    }

    /// <summary>An expression reading one value of <paramref name="type"/> from <paramref name="reader"/> (passed by <c>ref</c>).</summary>
    public string ReadValue(string type, string reader)
    {
        var shape = _shapes[type];
        if (shape.Kind != TypeShapeKind.BuiltIn) return $"{ProviderClass}.{_classNames[type]}.ReadValue(ref {reader})";
        return InlineReads.Contains(shape.BuiltInName!)
            ? $"{Values}.Read{shape.BuiltInName}(ref {reader})"
            : $"{BuiltIns}.{shape.BuiltInName}.Read(ref {reader})";
    }

    /// <summary>Writes the provider class and every serializer class.</summary>
    public void Emit(SourceWriter w)
    {
        w.Line("/// <summary>The generated, reflection-free serializers of this connector's callback arguments and stored state.</summary>");
        w.Open($"private sealed class {ProviderClass} : global::Twister.Serialization.ISerializerProvider");
        w.Line($"public static readonly {ProviderClass} Instance = new();");
        w.Line();
        w.Open("public global::Twister.Serialization.TwisterSerializer<T>? GetSerializer<T>()");
        foreach (var shape in _shapes.Values.OrderBy(s => s.FullyQualifiedName, StringComparer.Ordinal))
        {
            w.Line($"if (typeof(T) == typeof({shape.FullyQualifiedName})) return (global::Twister.Serialization.TwisterSerializer<T>)(object){InstanceOf(shape.FullyQualifiedName)};");
        }
        w.Line("return null;");
        w.Close();

        foreach (var shape in _shapes.Values.Where(s => s.Kind != TypeShapeKind.BuiltIn).OrderBy(s => s.FullyQualifiedName, StringComparer.Ordinal))
        {
            w.Line();
            EmitSerializer(w, shape);
        }
        w.Close();
    }

    private void EmitSerializer(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var name = _classNames[t];
        w.Open($"internal sealed class {name} : global::Twister.Serialization.TwisterSerializer<{t}>");
        w.Line($"public static readonly {name} Instance = new();");
        w.Line();
        w.Line($"public override void Write({Writer} writer, {t} value) => WriteValue(writer, value);");
        w.Line();
        w.Line($"public override {t} Read(ref {Reader} reader) => ReadValue(ref reader);");
        w.Line();
        EmitEntry(w, shape);
        w.Line();
        if (_composable.Contains(t))
        {
            _compose.Emit(w, shape);
            w.Line();
        }
        switch (shape.Kind)
        {
            case TypeShapeKind.Enum: EmitEnum(w, shape); break;
            case TypeShapeKind.Nullable: EmitNullable(w, shape); break;
            case TypeShapeKind.Array:
            case TypeShapeKind.List:
            case TypeShapeKind.Set: EmitCollection(w, shape); break;
            case TypeShapeKind.Dictionary: EmitDictionary(w, shape); break;
            default: EmitObject(w, shape); break;
        }
        w.Close();
    }

    /// <summary>
    /// <c>WriteValue</c>: composes the value when its shape allows, else (and when the composer
    /// refuses) writes it through the writer. An enum is one token: composing it cannot save anything.
    /// </summary>
    private void EmitEntry(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var parameter = shape.IsValueType ? t : t + "?";
        if (shape.Kind == TypeShapeKind.Enum || !_composable.Contains(t))
        {
            w.Line($"public static void WriteValue({Writer} writer, {parameter} value) => WriteWithWriter(writer, value);");
            return;
        }
        w.Open($"public static void WriteValue({Writer} writer, {parameter} value)");
        if (!shape.IsValueType) w.Line("if (value is null) { writer.WriteNullValue(); return; }");
        w.Open($"if ({ComposeEmitter.Composer}.Rent(writer) is {{ }} composer)");
        w.Line("if (Compose(composer, value)) { composer.Commit(writer); return; }");
        w.Line("composer.Abandon();");
        w.Close();
        w.Line("WriteWithWriter(writer, value);");
        w.Close();
    }

    private static void EmitEnum(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var written = WrittenEnumMembers.Of(shape).ToList();
        // Encoded once with the default encoder, as System.Text.Json encodes enum names (and as member
        // names are encoded): a writer's own encoder does not change them.
        for (var i = 0; i < written.Count; i++)
            w.Line($"private static readonly global::System.Text.Json.JsonEncodedText Name{i} = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(written[i].Name)});");
        w.Line();
        w.Open($"public static void WriteWithWriter({Writer} writer, {t} value)");
        w.Open("switch (value)");
        for (var i = 0; i < written.Count; i++) w.Line($"case {t}.{written[i].Name}: writer.WriteStringValue(Name{i}); return;");
        w.Line("default: writer.WriteNumberValue(global::System.Convert.ToInt64(value, global::System.Globalization.CultureInfo.InvariantCulture)); return;");
        w.Close();
        w.Close();
        w.Line();
        w.Open($"public static {t} ReadValue(ref {Reader} reader)");
        w.Line($"if (reader.TokenType == {TokenType}.Number) return ({t}){Values}.ReadInt64(ref reader);");
        w.Line($"{Guard}.Expect(ref reader, {TokenType}.String, {CSharpLiteral.String(t)});");
        foreach (var m in shape.EnumMembers) w.Line($"if (reader.ValueTextEquals({Utf8Literal.Of(m.Name)})) return {t}.{m.Name};");
        w.Line($"throw new global::System.Text.Json.JsonException($\"'{{reader.GetString()}}' is not a member of {CSharpLiteral.InterpolatedContent(t)}\");");
        w.Close();
    }

    private void EmitNullable(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        w.Open($"public static void WriteWithWriter({Writer} writer, {t} value)");
        w.Line($"if (value is {{ }} present) {{ {WriteWithWriter(shape.ElementType!, "writer", "present")} }}");
        w.Line("else writer.WriteNullValue();");
        w.Close();
        w.Line();
        w.Line($"public static {t} ReadValue(ref {Reader} reader)");
        w.Indent().Line($"=> reader.TokenType == {TokenType}.Null ? null : {ReadValue(shape.ElementType!, "reader")};").Outdent();
    }

    private void EmitCollection(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var e = shape.ElementType!;
        w.Open($"public static void WriteWithWriter({Writer} writer, {t}? value)");
        w.Line("if (value is null) { writer.WriteNullValue(); return; }");
        w.Line("writer.WriteStartArray();");
        w.Line($"foreach (var item in value) {{ {WriteWithWriter(e, "writer", "item")} }}");
        w.Line("writer.WriteEndArray();");
        w.Close();
        w.Line();
        w.Open($"public static {t} ReadValue(ref {Reader} reader)");
        w.Line($"if (reader.TokenType == {TokenType}.Null) return null!;");
        w.Line($"{Guard}.Expect(ref reader, {TokenType}.StartArray, {CSharpLiteral.String(t)});");
        var declared = shape.ElementDeclaration!;
        var container = shape.Kind == TypeShapeKind.Set ? $"global::System.Collections.Generic.HashSet<{declared}>" : $"global::System.Collections.Generic.List<{declared}>";
        w.Line($"var items = new {container}();");
        w.Line($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray) items.Add({ReadValue(e, "reader")});");
        w.Line(shape.Kind == TypeShapeKind.Array ? "return items.ToArray();" : "return items;");
        w.Close();
    }

    private void EmitDictionary(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var e = shape.ElementType!;
        w.Open($"public static void WriteWithWriter({Writer} writer, {t}? value)");
        w.Line("if (value is null) { writer.WriteNullValue(); return; }");
        w.Line("writer.WriteStartObject();");
        w.Open("foreach (var pair in value)");
        w.Line("writer.WritePropertyName(pair.Key);");
        w.Line(WriteWithWriter(e, "writer", "pair.Value"));
        w.Close();
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();
        w.Open($"public static {t} ReadValue(ref {Reader} reader)");
        w.Line($"if (reader.TokenType == {TokenType}.Null) return null!;");
        w.Line($"{Guard}.Expect(ref reader, {TokenType}.StartObject, {CSharpLiteral.String(t)});");
        w.Line($"var items = new global::System.Collections.Generic.Dictionary<string, {shape.ElementDeclaration}>(global::System.StringComparer.Ordinal);");
        w.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndObject)");
        w.Line($"var key = {Values}.ReadPropertyNameAndAdvance(ref reader);");
        w.Line($"items[key] = {ReadValue(e, "reader")};");
        w.Close();
        w.Line("return items;");
        w.Close();
    }

    private void EmitObject(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var members = shape.Members;
        for (var i = 0; i < members.Count; i++)
            w.Line($"private static readonly global::System.Text.Json.JsonEncodedText Name{i} = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(members[i].JsonName)});");
        if (members.Count > 0) w.Line();

        w.Open($"public static void WriteWithWriter({Writer} writer, {t}{(shape.IsValueType ? "" : "?")} value)");
        if (!shape.IsValueType) w.Line("if (value is null) { writer.WriteNullValue(); return; }");
        w.Line("writer.WriteStartObject();");
        for (var i = 0; i < members.Count; i++) w.Line(WriteProperty(members[i].TypeFullyQualifiedName, $"Name{i}", $"value.{members[i].Name}"));
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();

        w.Open($"public static {t} ReadValue(ref {Reader} reader)");
        if (!shape.IsValueType) w.Line($"if (reader.TokenType == {TokenType}.Null) return null!;");
        w.Line($"{Guard}.Expect(ref reader, {TokenType}.StartObject, {CSharpLiteral.String(t)});");
        // Missing members keep the constructor parameter's default, else the type's default.
        for (var i = 0; i < members.Count; i++)
            w.Line($"{members[i].TypeFullyQualifiedName} m{i} = {InitialValue(members[i])};");
        w.Open($"while (reader.Read() && reader.TokenType != {TokenType}.EndObject)");
        for (var i = 0; i < members.Count; i++)
        {
            var keyword = i == 0 ? "if" : "else if";
            w.Line($"{keyword} (reader.ValueTextEquals({Utf8Literal.Of(members[i].JsonName)})) {{ reader.Read(); m{i} = {ReadValue(members[i].TypeFullyQualifiedName, "reader")}; }}");
        }
        w.Line(members.Count == 0 ? "reader.Read(); reader.Skip();" : "else { reader.Read(); reader.Skip(); } // unknown member: written by a newer version");
        w.Close();
        w.Line($"return {Construct(shape)};");
        w.Close();
    }

    private string WriteProperty(string type, string name, string value)
    {
        var shape = _shapes[type];
        if (shape.Kind == TypeShapeKind.BuiltIn)
        {
            switch (shape.BuiltInName)
            {
                case "String": return $"if ({value} is {{ }} s{name}) writer.WriteString({name}, s{name}); else writer.WriteNull({name});";
                case "Boolean": return $"writer.WriteBoolean({name}, {value});";
                case "Guid":
                case "DateTime":
                case "DateTimeOffset": return $"writer.WriteString({name}, {value});";
                default:
                    if (NumberBuiltIns.Contains(shape.BuiltInName!)) return $"writer.WriteNumber({name}, {value});";
                    break;
            }
        }
        return $"writer.WritePropertyName({name}); {WriteWithWriter(type, "writer", value)}";
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

    private static string Identifier(string typeName)
    {
        var name = typeName.StartsWith("global::", StringComparison.Ordinal) ? typeName.Substring("global::".Length) : typeName;
        var builder = new StringBuilder(name.Length);
        var previousUnderscore = false;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                previousUnderscore = false;
            }
            else if (c == '[')
            {
                builder.Append("Array");
            }
            else if (c == '?')
            {
                builder.Append("Nullable");
            }
            else if (!previousUnderscore && builder.Length > 0)
            {
                builder.Append('_');
                previousUnderscore = true;
            }
        }
        return builder.ToString().TrimEnd('_') + "_";
    }
}
