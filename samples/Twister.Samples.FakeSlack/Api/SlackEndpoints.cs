using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Twister.Samples.FakeServices;
using Twister.Samples.FakeSlack.Data;
using Twister.Samples.FakeSlack.Model;

namespace Twister.Samples.FakeSlack.Api;

/// <summary>
/// The Slack Web API subset the Slack connector calls, at <c>/api/{method}</c>. Arguments come from the query
/// string, a form body or a JSON body, as Slack accepts. Logical errors are HTTP 200 with <c>ok: false</c>;
/// an armed rate limit is HTTP 429 with <c>Retry-After</c>.
/// </summary>
internal static class SlackEndpoints
{
    private static readonly FakeSlackJson Json = FakeSlackJson.Default;

    public static void Map(IEndpointRouteBuilder app, FakeSlackData data)
    {
        var shapes = new SlackShapesMapper(data);
        var methods = Methods(data, shapes);
        app.MapMethods("/api/{method}", ["GET", "POST"], async (string method, HttpContext context) =>
        {
            if (!methods.TryGetValue(method, out var handler)) return Error("unknown_method");
            if (data.CountCall(method) is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                return Results.Json(new ErrorJson(false, "ratelimited"), Json.ErrorJson, statusCode: StatusCodes.Status429TooManyRequests);
            }
            try
            {
                return handler(await ReadArgumentsAsync(context.Request).ConfigureAwait(false));
            }
            catch (SlackApiException e)
            {
                return Error(e.Error, e.Detail);
            }
        });
    }

    public static IResult Error(string error, string? detail = null)
        => Results.Json(new ErrorJson(false, error, detail is null ? null : new ResponseMetadataJson(null, [$"[ERROR] {detail}"])), Json.ErrorJson);

    private static Dictionary<string, Func<Arguments, IResult>> Methods(FakeSlackData data, SlackShapesMapper shapes) => new(StringComparer.Ordinal)
    {
        ["auth.test"] = _ => Results.Json(new AuthTestJson(true, "https://fake-workspace.slack.com/", "Fake Workspace", data.CurrentUser.Name, data.TeamId, data.CurrentUser.Id), Json.AuthTestJson),
        ["conversations.list"] = args =>
        {
            var types = (args.Get("types") ?? "public_channel").Split(',', StringSplitOptions.TrimEntries);
            var kinds = types.Select(t => t switch
            {
                "public_channel" => ConversationKind.PublicChannel,
                "private_channel" => ConversationKind.PrivateChannel,
                "im" => ConversationKind.Im,
                "mpim" => ConversationKind.Mpim,
                _ => throw new SlackApiException("invalid_types", $"unknown conversation type '{t}'"),
            }).ToHashSet();
            var excludeArchived = args.Flag("exclude_archived");
            var all = data.Conversations.Where(c => kinds.Contains(c.Kind) && !(excludeArchived && c.IsArchived)
                && (c.Kind == ConversationKind.PublicChannel || c.IsMember)).ToList();
            var (page, next) = Page(all, args.Get("cursor"), args.Int("limit", 100, 1000), c => c.Id);
            return Results.Json(new ConversationsListJson(true, [.. page.Select(c => shapes.Channel(c))], new ResponseMetadataJson(next ?? "")), Json.ConversationsListJson);
        },
        ["conversations.info"] = args =>
            data.GetConversation(args.Required("channel")) is { } c
                ? Results.Json(new ConversationInfoJson(true, shapes.Channel(c, withLastRead: true)), Json.ConversationInfoJson)
                : Error("channel_not_found"),
        ["conversations.mark"] = args =>
        {
            data.MarkRead(args.Required("channel"), args.Required("ts"));
            return Results.Json(new OkJson(true), Json.OkJson);
        },
        ["conversations.history"] = args =>
        {
            var page = data.History(args.Required("channel"), args.Get("cursor"), args.Int("limit", 100, 999), args.Get("oldest"), args.Get("latest"), args.Flag("inclusive"));
            return Results.Json(new MessagesJson(true, [.. page.Messages.Select(m => shapes.Message(m))], page.NextCursor is not null, new ResponseMetadataJson(page.NextCursor ?? "")), Json.MessagesJson);
        },
        ["conversations.replies"] = args =>
        {
            var page = data.Replies(args.Required("channel"), args.Required("ts"), args.Get("cursor"), args.Int("limit", 1000, 1000));
            return Results.Json(new MessagesJson(true, [.. page.Messages.Select(m => shapes.Message(m, inReplies: true))], page.NextCursor is not null, new ResponseMetadataJson(page.NextCursor ?? "")), Json.MessagesJson);
        },
        ["users.info"] = args =>
            data.GetUser(args.Required("user")) is { } user ? Results.Json(new UserInfoJson(true, shapes.User(user)), Json.UserInfoJson) : Error("user_not_found"),
        ["users.list"] = args =>
        {
            var (page, next) = Page(data.Users, args.Get("cursor"), args.Int("limit", 200, 1000), u => u.Id);
            return Results.Json(new UsersListJson(true, [.. page.Select(shapes.User)], 1740992400, new ResponseMetadataJson(next ?? "")), Json.UsersListJson);
        },
        ["chat.postMessage"] = args =>
        {
            var message = data.PostMessage(args.Required("channel"), data.CurrentUser.Id, args.Get("text") ?? throw new SlackApiException("no_text"), args.Get("thread_ts"));
            return Results.Json(new ChatJson(true, message.ChannelId, message.Ts, null, shapes.Message(message)), Json.ChatJson);
        },
        ["chat.update"] = args =>
        {
            var (channel, ts) = (args.Required("channel"), args.Required("ts"));
            if (data.GetMessage(channel, ts) is { Deleted: false, UserId: var author } && author != data.CurrentUser.Id) throw new SlackApiException("cant_update_message");
            var message = data.EditMessage(channel, ts, args.Get("text") ?? "");
            return Results.Json(new ChatJson(true, channel, ts, message.Text, shapes.Message(message)), Json.ChatJson);
        },
        ["chat.delete"] = args =>
        {
            var (channel, ts) = (args.Required("channel"), args.Required("ts"));
            if (data.GetMessage(channel, ts) is { Deleted: false, UserId: var author } && author != data.CurrentUser.Id) throw new SlackApiException("cant_delete_message");
            data.DeleteMessage(channel, ts);
            return Results.Json(new ChatDeleteJson(true, channel, ts), Json.ChatDeleteJson);
        },
        ["reactions.add"] = args => React(data, args, add: true),
        ["reactions.remove"] = args => React(data, args, add: false),
    };

    private static IResult React(FakeSlackData data, Arguments args, bool add)
    {
        data.React(args.Required("channel"), args.Required("timestamp"), args.Required("name"), data.CurrentUser.Id, add);
        return Results.Json(new OkJson(true), Json.OkJson);
    }

    /// <summary>Cursor paging over a list ordered by key: the cursor is the next item's key, base64-encoded.</summary>
    private static (IReadOnlyList<T> Page, string? Next) Page<T>(IReadOnlyList<T> items, string? cursor, int limit, Func<T, string> key)
    {
        var start = 0;
        if (!string.IsNullOrEmpty(cursor))
        {
            string decoded;
            try
            {
                decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            }
            catch (FormatException)
            {
                throw new SlackApiException("invalid_cursor");
            }
            start = items.Select(key).ToList().IndexOf(decoded.StartsWith("id:", StringComparison.Ordinal) ? decoded[3..] : "");
            if (start < 0) throw new SlackApiException("invalid_cursor");
        }
        var page = items.Skip(start).Take(limit).ToList();
        var next = start + page.Count < items.Count ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("id:" + key(items[start + page.Count]))) : null;
        return (page, next);
    }

    private static async Task<Arguments> ReadArgumentsAsync(HttpRequest request)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Query) values[name] = value.ToString();
        if (request.HasFormContentType)
        {
            foreach (var (name, value) in await request.ReadFormAsync().ConfigureAwait(false)) values[name] = value.ToString();
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await JsonBody.ReadObjectAsync(request).ConfigureAwait(false) ?? throw new SlackApiException("invalid_json");
            foreach (var (name, value) in body) values[name] = JsonBody.Text(value) ?? value?.ToJsonString() ?? "";
        }
        return new Arguments(values);
    }

    /// <summary>A call's arguments.</summary>
    private sealed class Arguments(Dictionary<string, string> values)
    {
        public string? Get(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;

        public string Required(string name) => Get(name) ?? throw new SlackApiException("invalid_arguments", $"missing required field: {name}");

        public bool Flag(string name) => Get(name) is "true" or "1";

        public int Int(string name, int fallback, int max)
            => Get(name) is not { } text ? fallback
                : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? Math.Min(n, max)
                : throw new SlackApiException("invalid_limit", $"'{text}' is not a positive integer for {name}");
    }
}
