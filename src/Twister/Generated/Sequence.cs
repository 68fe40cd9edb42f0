namespace Twister.Generated;

/// <summary>Writes the elements of a list, set or array as a JSON array, for the sequence serializers.</summary>
internal static class Sequence
{
    /// <summary>Writes <paramref name="items"/>, enumerating the common concrete collections without an enumerator allocation.</summary>
    public static void Write<TElement>(JsonOutput output, object items, GeneratedSerializer<TElement> element)
    {
        output.WriteStartArray();
        switch (items)
        {
            case List<TElement> list:
                foreach (var item in list) element.WriteValue(output, item);
                break;
            case TElement[] array:
                foreach (var item in array) element.WriteValue(output, item);
                break;
            case HashSet<TElement> set:
                foreach (var item in set) element.WriteValue(output, item);
                break;
            default:
                foreach (var item in (IEnumerable<TElement>)items) element.WriteValue(output, item);
                break;
        }
        output.WriteEndArray();
    }
}
