using System.Globalization;
using System.Linq;
using Twister.Generators.Common;
using Twister.Generators.Options.Model;

namespace Twister.Generators.Options.Emit;

/// <summary>
/// Writes what a connector's options need: the typed <c>Options</c> and <c>OptionsFrom</c> on the connector,
/// the manifest's <c>Options</c> list, and the descriptor's <c>BindOptions</c>. Reading a value is runtime
/// code (<c>Twister.Generated.OptionValues</c>), so each option costs one line.
/// </summary>
internal static class OptionsEmitter
{
    private const string ValueMap = "global::System.Collections.Generic.IReadOnlyDictionary<string, string>";

    /// <summary>The connector's <c>Options</c> (bound once per execution) and <c>OptionsFrom(values)</c>.</summary>
    public static void EmitMembers(SourceWriter w, OptionsModel model)
    {
        w.Line($"private {model.TypeName}? _twisterOptions;");
        w.Line();
        w.Line("/// <summary>The options the user set for this connector, read once per execution (defaults for what they did not set).</summary>");
        w.Line($"{model.Accessibility} {model.TypeName} Options => _twisterOptions ??= OptionsFrom(Runtime.Options);");
        w.Line();
        w.Line("/// <summary>Reads option values by key, such as <c>change.Previous</c> in <c>OnOptionsChangedAsync</c>: a missing key takes its default.</summary>");
        w.Line("/// <exception cref=\"global::Twister.Runtime.OptionValueException\">A value cannot be read as its option's type.</exception>");
        w.Line($"{model.Accessibility} static {model.TypeName} OptionsFrom({ValueMap} values) => new()");
        w.Line("{");
        w.Indent();
        foreach (var option in model.Options)
            w.Line($"{option.PropertyName} = global::Twister.Generated.OptionValues.{option.Reader}(values, {CSharpLiteral.String(option.Key)}, {option.DefaultLiteral}),");
        w.Outdent();
        w.Line("};");
    }

    /// <summary>The manifest's <c>Options</c> initializer, one option per line.</summary>
    public static void EmitManifestOptions(SourceWriter w, OptionsModel model)
    {
        w.Line("{");
        w.Indent();
        if (model.Options.IsEmpty) w.Line("Options = [],");
        else EmitOptionList(w, model);
        w.Outdent();
        w.Line("};");
    }

    private static void EmitOptionList(SourceWriter w, OptionsModel model)
    {
        w.Line("Options =");
        w.Line("[");
        w.Indent();
        foreach (var option in model.Options)
        {
            var entry = $"new({CSharpLiteral.String(option.Key)}, {CSharpLiteral.String(option.Label)}, global::Twister.Runtime.OptionKind.{option.Kind}, {CSharpLiteral.String(option.DefaultValue)})";
            var details = Details(option);
            w.Line(details.Length == 0 ? entry + "," : $"{entry} {{ {details} }},");
        }
        w.Outdent();
        w.Line("],");
    }

    /// <summary>The descriptor's <c>BindOptions</c>.</summary>
    public static void EmitBindOptions(SourceWriter w)
        => w.Line($"public override object? BindOptions({ValueMap} values) => OptionsFrom(values);");

    private static string Details(OptionModel option)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (option.Description is not null) parts.Add($"Description = {CSharpLiteral.String(option.Description)}");
        if (!option.Choices.IsEmpty) parts.Add($"Choices = [{string.Join(", ", option.Choices.Select(c => CSharpLiteral.String(c)))}]");
        if (option.Min is { } min) parts.Add($"Min = {Number(min)}");
        if (option.Max is { } max) parts.Add($"Max = {Number(max)}");
        return string.Join(", ", parts);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
