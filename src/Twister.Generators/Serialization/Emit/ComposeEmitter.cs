using System;
using System.Collections.Generic;
using System.Linq;
using Twister.Generators.Common;
using Twister.Generators.Serialization.Model;

namespace Twister.Generators.Serialization.Emit;

/// <summary>
/// Writes the <c>Compose</c> method of a composable shape: the value's JSON built in a
/// <c>Twister.Serialization.Utf8JsonComposer</c> from UTF-8 literals (<c>,"batchNumber":</c>) and
/// formatted values. Every composer call that can refuse is followed by <c>return false</c>, so a
/// refusal anywhere abandons the whole value and the caller writes it through the writer.
/// </summary>
internal sealed class ComposeEmitter(IReadOnlyDictionary<string, TypeShape> shapes, Func<string, string> serializerClassOf)
{
    /// <summary>The composer's type, as the generated code names it.</summary>
    public const string Composer = "global::Twister.Serialization.Utf8JsonComposer";

    /// <summary>Writes <c>public static bool Compose(Utf8JsonComposer c, T value)</c> for <paramref name="shape"/>.</summary>
    public void Emit(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        var nullable = shape.IsValueType || shape.Kind == TypeShapeKind.Enum ? "" : "?";
        w.Open($"public static bool Compose({Composer} c, {t}{nullable} value)");
        if (!shape.IsValueType) w.Line("if (value is null) { c.WriteNull(); return true; }");
        switch (shape.Kind)
        {
            case TypeShapeKind.Enum: EmitEnum(w, shape); break;
            case TypeShapeKind.Nullable:
                w.Open("if (value is { } present)");
                Value(w, shape.ElementType!, "present");
                w.Close();
                w.Line("else c.WriteNull();");
                break;
            case TypeShapeKind.Array:
            case TypeShapeKind.List:
            case TypeShapeKind.Set: EmitCollection(w, shape); break;
            case TypeShapeKind.Dictionary: EmitDictionary(w, shape); break;
            default: EmitObject(w, shape); break;
        }
        w.Line("return true;");
        w.Close();
    }

    private static void EmitEnum(SourceWriter w, TypeShape shape)
    {
        var t = shape.FullyQualifiedName;
        w.Open("switch (value)");
        foreach (var m in WrittenEnumMembers.Of(shape))
            w.Line($"case {t}.{m.Name}: c.WriteRaw({Utf8Literal.Of("\"" + m.Name + "\"")}); break;");
        w.Line("default: c.WriteNumber(global::System.Convert.ToInt64(value, global::System.Globalization.CultureInfo.InvariantCulture)); break;");
        w.Close();
    }

    private void EmitCollection(SourceWriter w, TypeShape shape)
    {
        w.Line("if (!c.StartArray()) return false;");
        w.Line("var first = true;");
        w.Open("foreach (var item in value)");
        w.Line("if (first) first = false; else c.WriteComma();");
        Value(w, shape.ElementType!, "item");
        w.Close();
        w.Line("c.EndArray();");
    }

    private void EmitDictionary(SourceWriter w, TypeShape shape)
    {
        w.Line("if (!c.StartObject()) return false;");
        w.Line("var first = true;");
        w.Open("foreach (var pair in value)");
        w.Line("if (first) first = false; else c.WriteComma();");
        w.Line("if (!c.WritePropertyName(pair.Key)) return false;");
        w.Line("var item = pair.Value;");
        Value(w, shape.ElementType!, "item");
        w.Close();
        w.Line("c.EndObject();");
    }

    private void EmitObject(SourceWriter w, TypeShape shape)
    {
        var members = shape.Members;
        w.Line("if (!c.StartObject()) return false;");
        for (var i = 0; i < members.Count; i++)
        {
            // The names were checked to need no escaping, so their encoded form is known now.
            w.Line($"c.WriteRaw({Utf8Literal.Of((i == 0 ? "\"" : ",\"") + members[i].JsonName + "\":")});");
            w.Line($"var m{i} = value.{members[i].Name};");
            Value(w, members[i].TypeFullyQualifiedName, $"m{i}");
        }
        w.Line("c.EndObject();");
    }

    /// <summary>Statements composing the local <paramref name="local"/> of <paramref name="type"/>.</summary>
    private void Value(SourceWriter w, string type, string local)
    {
        var shape = shapes[type];
        if (shape.Kind != TypeShapeKind.BuiltIn)
        {
            w.Line($"if (!{serializerClassOf(type)}.Compose(c, {local})) return false;");
            return;
        }
        w.Line(shape.BuiltInName switch
        {
            "String" => $"if ({local} is null) c.WriteNull(); else if (!c.WriteString({local})) return false;",
            "Uri" => $"if ({local} is null) c.WriteNull(); else if (!c.WriteString({local}.OriginalString)) return false;",
            "Boolean" => $"c.WriteBoolean({local});",
            "Single" or "Double" => $"if (!c.WriteNumber({local})) return false;",
            "Guid" => $"c.WriteGuid({local});",
            "DateTime" => $"c.WriteDateTime({local});",
            "DateTimeOffset" => $"c.WriteDateTimeOffset({local});",
            _ => $"c.WriteNumber({local});",
        });
    }
}
