namespace Twister.Hosting.Plot.Ingest;

/// <summary>
/// A connector sent Plot something it cannot accept (a status its link type does not declare, a contact
/// with neither email nor source account, a malformed recurrence rule, ...). The message names the item and
/// the field; the execution fails and nothing of it is saved. Retrying cannot help: the same code sends the
/// same data.
/// </summary>
public sealed class PlotValidationException : TwisterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="item">The item's source (or a description of it).</param>
    /// <param name="field">The field at fault (for example <c>Status</c> or <c>Schedules[0].RecurrenceRule</c>).</param>
    /// <param name="problem">What is wrong.</param>
    public PlotValidationException(string item, string field, string problem)
        : base($"Item '{item}': {field} {problem}")
    {
        Item = item;
        Field = field;
    }

    /// <summary>The item's source.</summary>
    public string Item { get; }

    /// <summary>The field at fault.</summary>
    public string Field { get; }
}
