using Twister.Samples.Slack.Api;
using Twister.Samples.Slack.Sync;

namespace Twister.Samples.Slack;

/// <summary>Workspace members, read with <c>users.info</c> once and kept in the Store for a day.</summary>
public sealed partial class SlackConnector
{
    /// <summary>How long a member's details are reused before Slack is asked again.</summary>
    public static readonly TimeSpan PersonLifetime = TimeSpan.FromDays(1);

    private async Task<IReadOnlyDictionary<string, SlackPerson>> GetPeopleAsync(SlackClient client, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var now = Tools.Clock.GetUtcNow();
        var people = new Dictionary<string, SlackPerson>(StringComparer.Ordinal);
        foreach (var id in userIds)
        {
            if (people.ContainsKey(id)) continue;
            var person = await Store.GetAsync<SlackPerson>(PersonKey(id), cancellationToken);
            if (person is null || now - person.Fetched > PersonLifetime)
            {
                person = await client.GetUserAsync(id, cancellationToken) is { } user ? SlackPerson.From(user, now) : SlackPerson.Unknown(id, now);
                await Store.SetAsync(PersonKey(id), person, cancellationToken);
            }
            people[id] = person;
        }
        return people;
    }

    private static string PersonKey(string userId) => $"person_{userId}";
}
