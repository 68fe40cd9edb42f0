using Acme.Api;

namespace Acme.Fake;

/// <summary>
/// The state of the fake Acme service: projects, tickets, comments and registered webhooks, seeded
/// deterministically. Tests change it as Acme's users would (<see cref="EditTicket"/>) and read what the
/// connector wrote back.
/// </summary>
public sealed class FakeAcmeData
{
    /// <summary>The API token the fake accepts.</summary>
    public const string Token = "acme-development-token";

    /// <summary>When the seeded tickets were created.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<AcmeProject> _projects = [];
    private readonly SortedDictionary<string, AcmeTicket> _tickets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NewAcmeWebhook> _webhooks = [];
    private int _nextId;

    /// <summary>Seeds <paramref name="projects"/> projects of <paramref name="ticketsPerProject"/> tickets each.</summary>
    /// <param name="projects">How many projects.</param>
    /// <param name="ticketsPerProject">How many tickets in each.</param>
    public static FakeAcmeData Seed(int projects = 1, int ticketsPerProject = 30)
    {
        var data = new FakeAcmeData();
        for (var p = 1; p <= projects; p++)
        {
            var project = new AcmeProject($"p{p}", $"Project {p}");
            data._projects.Add(project);
            for (var n = 1; n <= ticketsPerProject; n++)
            {
                var created = Epoch.AddHours(n);
                var id = $"t{p:D2}{n:D4}";
                data._tickets[id] = new AcmeTicket(id, $"P{p}-{n}", project.Id, $"Ticket {n} of {project.Name}",
                    $"<p>Steps for <b>ticket {n}</b>:</p><ul><li>read</li><li>fix</li></ul>", n % 3 == 0 ? "done" : "open",
                    $"https://acme.example/tickets/{id}", created, created, []);
            }
        }
        return data;
    }

    /// <summary>The projects.</summary>
    public IReadOnlyList<AcmeProject> Projects { get { lock (_gate) return [.. _projects]; } }

    /// <summary>The webhooks registered with the fake, by id.</summary>
    public IReadOnlyDictionary<string, NewAcmeWebhook> Webhooks { get { lock (_gate) return new Dictionary<string, NewAcmeWebhook>(_webhooks); } }

    /// <summary>A ticket, or <see langword="null"/>.</summary>
    /// <param name="id">Its id.</param>
    public AcmeTicket? FindTicket(string id) { lock (_gate) return _tickets.GetValueOrDefault(id); }

    /// <summary>A page of a project's tickets, ordered by id; the cursor is the last id of the previous page.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="cursor">The previous page's cursor, if any.</param>
    /// <param name="limit">The page size.</param>
    public AcmeTicketPage Page(string projectId, string? cursor, int limit)
    {
        lock (_gate)
        {
            var rest = _tickets.Values.Where(t => t.ProjectId == projectId && (cursor is null || string.CompareOrdinal(t.Id, cursor) > 0)).ToList();
            var page = rest.Take(limit).ToList();
            return new AcmeTicketPage(page, rest.Count > limit ? page[^1].Id : null);
        }
    }

    /// <summary>Changes a ticket as an Acme user would, and returns it.</summary>
    /// <param name="id">The ticket.</param>
    /// <param name="title">A new title, if any.</param>
    /// <param name="status">A new status, if any.</param>
    public AcmeTicket EditTicket(string id, string? title = null, string? status = null)
    {
        lock (_gate)
        {
            var ticket = _tickets[id];
            return _tickets[id] = ticket with { Title = title ?? ticket.Title, Status = status ?? ticket.Status, UpdatedAt = ticket.UpdatedAt.AddMinutes(1) };
        }
    }

    /// <summary>Adds a comment to a ticket.</summary>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="body">The text.</param>
    /// <returns>The comment, or <see langword="null"/> when the ticket does not exist.</returns>
    public AcmeComment? AddComment(string ticketId, string body)
    {
        lock (_gate)
        {
            if (!_tickets.TryGetValue(ticketId, out var ticket)) return null;
            var comment = new AcmeComment($"c{++_nextId}", body, ticket.UpdatedAt.AddMinutes(1));
            _tickets[ticketId] = ticket with { Comments = [.. ticket.Comments, comment], UpdatedAt = comment.CreatedAt };
            return comment;
        }
    }

    /// <summary>Registers a webhook and returns its id.</summary>
    /// <param name="webhook">What to register.</param>
    public string AddWebhook(NewAcmeWebhook webhook)
    {
        lock (_gate)
        {
            var id = $"w{++_nextId}";
            _webhooks[id] = webhook;
            return id;
        }
    }

    /// <summary>Removes a webhook; <see langword="false"/> when it does not exist.</summary>
    /// <param name="id">Its id.</param>
    public bool RemoveWebhook(string id) { lock (_gate) return _webhooks.Remove(id); }

    /// <summary>The JSON body Acme would deliver to a webhook for a change of <paramref name="ticketId"/>.</summary>
    /// <param name="ticketId">The ticket.</param>
    public string WebhookPayload(string ticketId)
        => System.Text.Json.JsonSerializer.Serialize(new AcmeWebhookEvent("ticket.updated", FindTicket(ticketId)), AcmeJsonContext.Default.AcmeWebhookEvent);
}
