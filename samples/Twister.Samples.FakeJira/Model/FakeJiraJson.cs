using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Twister.Samples.FakeJira.Model;

/// <summary>Reflection-free JSON metadata of the fake Jira API (camelCase; nulls written unless a property says otherwise, as Jira does).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(AdfNode))]
[JsonSerializable(typeof(UserJson))]
[JsonSerializable(typeof(IReadOnlyList<UserJson>))]
[JsonSerializable(typeof(ProjectJson))]
[JsonSerializable(typeof(ProjectPageJson))]
[JsonSerializable(typeof(IReadOnlyList<IssueTypeStatusesJson>))]
[JsonSerializable(typeof(IssueTypePageJson))]
[JsonSerializable(typeof(IssueJson))]
[JsonSerializable(typeof(CommentJson))]
[JsonSerializable(typeof(CommentPageJson))]
[JsonSerializable(typeof(SearchResultsJson))]
[JsonSerializable(typeof(EnhancedSearchResultsJson))]
[JsonSerializable(typeof(CreatedIssueJson))]
[JsonSerializable(typeof(TransitionsJson))]
[JsonSerializable(typeof(WebhookRegistrationsJson))]
[JsonSerializable(typeof(WebhookPageJson))]
[JsonSerializable(typeof(WebhookExpirationJson))]
[JsonSerializable(typeof(ErrorCollectionJson))]
[JsonSerializable(typeof(GatewayErrorJson))]
[JsonSerializable(typeof(IReadOnlyList<AccessibleResourceJson>))]
[JsonSerializable(typeof(IssueEventJson))]
[JsonSerializable(typeof(CommentEventJson))]
public sealed partial class FakeJiraJson : JsonSerializerContext;
