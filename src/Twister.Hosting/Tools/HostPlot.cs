using Twister.Hosting.Callbacks;
using Twister.Hosting.Execution;
using Twister.Hosting.Plot;
using Twister.Hosting.Plot.Ingest;
using Twister.Hosting.Plot.Json;
using Twister.Hosting.Storage;
using Twister.Tools;

namespace Twister.Hosting.Tools;

/// <summary>
/// The Plot tool: upserts checked and prepared at once (HTML converted to markdown, contacts keyed, outside
/// any transaction) and buffered until the execution commits; reads of the connector's own items see the
/// committed data plus this execution's own upserts.
/// </summary>
internal sealed class HostPlot(ExecutionScope scope) : IPlot
{
    private readonly Dictionary<string, IReadOnlyList<LinkTypeConfig>> _linkTypes = new(StringComparer.Ordinal);

    private string Connector => scope.Connector.Name;

    public async ValueTask CreateActivityAsync(NewActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        scope.Spend("plot.createActivity");
        var linkTypes = await LinkTypesAsync(activity.Meta?.ChannelId ?? scope.Channel.ChannelId, cancellationToken).ConfigureAwait(false);
        var storedLinkType = activity is { Status: not null, LinkType: null, Source: { } source }
            ? (await FindOwnAsync(source, cancellationToken).ConfigureAwait(false))?.LinkType
            : null;
        await CheckCallbackActionsAsync(activity, cancellationToken).ConfigureAwait(false);
        scope.Work.Add(ActivityIngest.Prepare(Connector, activity, linkTypes, storedLinkType));
    }

    public async ValueTask<int> UpdateActivitiesAsync(ActivityFilter filter, ActivityUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(update);
        scope.Spend("plot.updateActivities");
        if (update.Status is not null) throw new PlotValidationException($"activities of {filter.SyncProvider}", "Status", "can only be set on one item at a time (UpdateActivityAsync).");
        var selected = await CountSelectedAsync(filter, cancellationToken).ConfigureAwait(false);
        scope.Work.Add(new UpdateActivities(filter, update));
        return selected;
    }

    public async ValueTask<bool> UpdateActivityAsync(string source, ActivityUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(update);
        scope.Spend("plot.updateActivity");
        var current = await FindOwnAsync(source, cancellationToken).ConfigureAwait(false);
        if (current is null) return false;
        if (update.Status is { } status)
        {
            var linkTypes = await LinkTypesAsync(current.Meta.ChannelId ?? scope.Channel.ChannelId, cancellationToken).ConfigureAwait(false);
            ActivityIngest.Prepare(Connector, new NewActivity { Source = source, Status = status }, linkTypes, current.LinkType);
        }
        scope.Work.Add(new UpdateActivity(Connector, source) { Unread = update.Unread, Archived = update.Archived, Status = update.Status });
        return true;
    }

    public async ValueTask<SyncedItem?> GetActivityAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        scope.Spend("plot.getActivity");
        var activity = await FindOwnAsync(source, cancellationToken).ConfigureAwait(false);
        if (activity is null) return null;
        var contacts = await ContactsAsync([activity.AuthorKey, activity.AssigneeKey], cancellationToken).ConfigureAwait(false);
        return new SyncedItem(source, activity.Type, activity.Title, activity.LinkType, activity.LinkStatus, activity.Meta, activity.Unread, activity.Archived)
        {
            Author = ContactDirectory.ActorOf(activity.AuthorKey, contacts),
            Assignee = ContactDirectory.ActorOf(activity.AssigneeKey, contacts),
            Tags = activity.Tags,
        };
    }

    public async ValueTask<IReadOnlyList<SyncedNote>> GetNotesAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        scope.Spend("plot.getNotes");
        var activity = await scope.Storage.Plot.FindActivityAsync(source, cancellationToken).ConfigureAwait(false);
        if (activity?.Connector != Connector) return [];
        var notes = await scope.Storage.Plot.GetNotesAsync(activity.Id, cancellationToken).ConfigureAwait(false);
        var contacts = await ContactDirectory.FindAsync(scope.Storage.Plot, notes.Select(n => n.Author.Id), cancellationToken).ConfigureAwait(false);
        return [.. notes.Select(n => new SyncedNote(n.Key, n.Content, ContactDirectory.AuthorOf(n, contacts)) { ReplyTo = n.ReplyTo })];
    }

    public async ValueTask<int> ArchiveActivitiesAsync(ArchiveFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        scope.Spend("plot.archiveActivities");
        var candidates = await scope.Storage.Plot.QueryActivitiesAsync(new ActivityQuery { Connector = Connector, ChannelId = filter.ChannelId, Archived = false }, cancellationToken).ConfigureAwait(false);
        var selected = candidates.Count(a => (filter.LinkType is null || a.LinkType == filter.LinkType) && (filter.Status is null || a.LinkStatus == filter.Status)
                                              && (filter.Meta ?? new Dictionary<string, string>()).All(e => a.Meta[e.Key] == e.Value));
        scope.Work.Add(new ArchiveActivities(Connector, filter));
        return selected;
    }

    /// <summary>The contacts behind <paramref name="keys"/> as this execution sees them: committed, then the ones its own upserts name.</summary>
    private async Task<IReadOnlyDictionary<string, PlotContact>> ContactsAsync(IEnumerable<string?> keys, CancellationToken cancellationToken)
    {
        var contacts = new Dictionary<string, PlotContact>(await ContactDirectory.FindAsync(scope.Storage.Plot, keys, cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
        foreach (var write in scope.Work.Writes)
        {
            if (write is not UpsertActivity upsert) continue;
            foreach (var row in upsert.Contacts)
            {
                var contact = new PlotContact(row.Key, row.Email, row.Name, row.AvatarUrl, row.Provider is null ? null : new ContactSource(row.Provider, row.AccountId!));
                contacts.TryAdd(row.Key, contact);
                if (row.EmailKey is { } email) contacts.TryAdd(email, contact);
            }
        }
        return contacts;
    }

    /// <summary>The connector's link types plus the channel's own (from <c>GetChannelsAsync</c>), read once per execution.</summary>
    private async Task<IReadOnlyList<LinkTypeConfig>> LinkTypesAsync(string channelId, CancellationToken cancellationToken)
    {
        if (_linkTypes.TryGetValue(channelId, out var known)) return known;
        var channel = channelId.Length == 0 ? null : await scope.Storage.Channels.FindAsync(Connector, channelId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<LinkTypeConfig> linkTypes = [.. scope.Connector.Descriptor.Manifest.LinkTypes, .. LinkTypesJson.Read(channel?.LinkTypesJson)];
        return _linkTypes[channelId] = linkTypes;
    }

    /// <summary>The connector's own activity with <paramref name="source"/> as this execution sees it: committed, then its own upserts over it.</summary>
    private async Task<PlotActivity?> FindOwnAsync(string source, CancellationToken cancellationToken)
    {
        var committed = await scope.Storage.Plot.FindActivityAsync(source, cancellationToken).ConfigureAwait(false);
        if (committed is not null && committed.Connector != Connector) return null;
        foreach (var write in scope.Work.Writes)
        {
            if (write is not UpsertActivity { Activity: var row } || row.Source != source) continue;
            var meta = PlotJson.ReadMeta(row.SyncProvider, row.ChannelId, row.ExternalId, row.MetaJson);
            committed = committed is null
                ? new PlotActivity(0, source, Connector, row.Type, row.Title, row.Done, row.Start, row.End, meta, row.LinkType, row.LinkStatus, row.SourceUrl, row.Unread ?? true, row.Archived ?? false)
                    { AuthorKey = row.AuthorKey, AssigneeKey = row.AssigneeKey, Tags = TagsJson.Read(row.TagsJson) }
                : committed with
                {
                    Title = row.Title ?? committed.Title, Meta = meta, LinkType = row.LinkType ?? committed.LinkType, LinkStatus = row.LinkStatus ?? committed.LinkStatus,
                    Unread = row.Unread ?? committed.Unread, Archived = row.Archived ?? committed.Archived, AuthorKey = row.AuthorKey ?? committed.AuthorKey,
                    AssigneeKey = row.AssigneeKey is null ? committed.AssigneeKey : row.AssigneeKey.Length == 0 ? null : row.AssigneeKey,
                    Tags = row.TagsJson is null ? committed.Tags : TagsJson.Read(row.TagsJson),
                };
        }
        return committed;
    }

    private async Task CheckCallbackActionsAsync(NewActivity activity, CancellationToken cancellationToken)
    {
        for (var i = 0; i < (activity.Actions?.Count ?? 0); i++)
        {
            if (activity.Actions![i] is not { Kind: ItemActionKind.Callback, CallbackToken: { } token }) continue;
            if (await CallbackTokens.FindAsync(scope, token, cancellationToken).ConfigureAwait(false) is not { IsWebhook: false } callback || callback.Connector != Connector)
                throw new PlotValidationException(activity.Source ?? "(an item without a source)", $"Actions[{i}].CallbackToken", $"'{token}' is not a callback token of connector '{Connector}'.");
        }
    }

    /// <summary>
    /// How many activities the update will change when the execution commits: the committed ones the filter
    /// selects, adjusted by this execution's own upserts (new ones it selects, existing ones moved in or out).
    /// </summary>
    private async Task<int> CountSelectedAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        var count = await scope.Storage.Plot.CountActivitiesAsync(filter, cancellationToken).ConfigureAwait(false);
        var buffered = new Dictionary<string, ActivityRow>(StringComparer.Ordinal);
        foreach (var write in scope.Work.Writes)
        {
            if (write is not UpsertActivity { Activity: var row }) continue;
            if (row.Source is null) count += Selects(filter, row) ? 1 : 0;
            else buffered[row.Source] = row;
        }
        foreach (var (source, row) in buffered)
        {
            var committed = await scope.Storage.Plot.FindActivityAsync(source, cancellationToken).ConfigureAwait(false);
            var wasSelected = committed is not null && filter.SyncProvider == committed.Meta.SyncProvider && (filter.ChannelId is null || filter.ChannelId == committed.Meta.ChannelId);
            count += (Selects(filter, row) ? 1 : 0) - (wasSelected ? 1 : 0);
        }
        return count;
    }

    private static bool Selects(ActivityFilter filter, ActivityRow row)
        => filter.SyncProvider == row.SyncProvider && (filter.ChannelId is null || filter.ChannelId == row.ChannelId);
}
