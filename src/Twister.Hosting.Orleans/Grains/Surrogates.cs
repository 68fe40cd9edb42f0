using Orleans;
using Twister.Hosting.Execution;

namespace Twister.Hosting.Orleans.Grains;

// Orleans serializes the Twister types a channel grain's calls carry through these surrogates (the types
// themselves belong to packages that do not depend on Orleans). Enums travel as numbers.

[GenerateSerializer, Alias("twister.Actor")]
internal struct ActorSurrogate
{
    [Id(0)] public string Id;
    [Id(1)] public int Type;
    [Id(2)] public string? Name;
}

[RegisterConverter]
internal sealed class ActorConverter : IConverter<Actor, ActorSurrogate>
{
    public Actor ConvertFromSurrogate(in ActorSurrogate surrogate) => new(surrogate.Id, (ActorType)surrogate.Type, surrogate.Name);

    public ActorSurrogate ConvertToSurrogate(in Actor value) => new() { Id = value.Id, Type = (int)value.Type, Name = value.Name };
}

[GenerateSerializer, Alias("twister.Contact")]
internal struct ContactSurrogate
{
    [Id(0)] public string? Email;
    [Id(1)] public string? Name;
}

[RegisterConverter]
internal sealed class ContactConverter : IConverter<Contact, ContactSurrogate>
{
    public Contact ConvertFromSurrogate(in ContactSurrogate surrogate) => new(surrogate.Email, surrogate.Name);

    public ContactSurrogate ConvertToSurrogate(in Contact value) => new() { Email = value.Email, Name = value.Name };
}

[GenerateSerializer, Alias("twister.CreateLinkDraft")]
internal struct CreateLinkDraftSurrogate
{
    [Id(0)] public string ChannelId;
    [Id(1)] public string Type;
    [Id(2)] public string Status;
    [Id(3)] public string Title;
    [Id(4)] public string? NoteContent;
    [Id(5)] public Contact[] Contacts;
}

[RegisterConverter]
internal sealed class CreateLinkDraftConverter : IConverter<CreateLinkDraft, CreateLinkDraftSurrogate>
{
    public CreateLinkDraft ConvertFromSurrogate(in CreateLinkDraftSurrogate surrogate)
        => new(surrogate.ChannelId, surrogate.Type, surrogate.Status, surrogate.Title, surrogate.NoteContent, surrogate.Contacts);

    public CreateLinkDraftSurrogate ConvertToSurrogate(in CreateLinkDraft value) => new()
    {
        ChannelId = value.ChannelId,
        Type = value.Type,
        Status = value.Status,
        Title = value.Title,
        NoteContent = value.NoteContent,
        Contacts = [.. value.Contacts],
    };
}

/// <summary>An execution record without its exception object (its type and message are in <see cref="ExecutionRecord.Error"/>).</summary>
[GenerateSerializer, Alias("twister.ExecutionRecord")]
internal struct ExecutionRecordSurrogate
{
    [Id(0)] public string Id;
    [Id(1)] public string Connector;
    [Id(2)] public int Kind;
    [Id(3)] public string? CallbackKey;
    [Id(4)] public string? TaskId;
    [Id(5)] public int Status;
    [Id(6)] public string? Error;
    [Id(7)] public int Requests;
    [Id(8)] public DateTimeOffset StartedAt;
    [Id(9)] public DateTimeOffset FinishedAt;
    [Id(10)] public string? ChannelId;
}

[RegisterConverter]
internal sealed class ExecutionRecordConverter : IConverter<ExecutionRecord, ExecutionRecordSurrogate>
{
    public ExecutionRecord ConvertFromSurrogate(in ExecutionRecordSurrogate s)
        => new(s.Id, s.Connector, (ExecutionKind)s.Kind, s.CallbackKey, s.TaskId, (ExecutionStatus)s.Status, s.Error, s.Requests, s.StartedAt, s.FinishedAt)
        {
            ChannelId = s.ChannelId,
        };

    public ExecutionRecordSurrogate ConvertToSurrogate(in ExecutionRecord value) => new()
    {
        Id = value.Id,
        Connector = value.Connector,
        Kind = (int)value.Kind,
        CallbackKey = value.CallbackKey,
        TaskId = value.TaskId,
        Status = (int)value.Status,
        Error = value.Error,
        Requests = value.Requests,
        StartedAt = value.StartedAt,
        FinishedAt = value.FinishedAt,
        ChannelId = value.ChannelId,
    };
}
