namespace Twister;

/// <summary>OAuth providers whose tokens the Integrations tool manages.</summary>
public enum AuthProvider
{
    /// <summary>No OAuth provider (the connector uses no per-channel token).</summary>
    None = 0,
    /// <summary>Linear.</summary>
    Linear,
    /// <summary>Atlassian (Jira, Confluence).</summary>
    Atlassian,
    /// <summary>Google (Calendar, Gmail, Drive).</summary>
    Google,
    /// <summary>Microsoft (Outlook, Teams).</summary>
    Microsoft,
    /// <summary>Slack.</summary>
    Slack,
    /// <summary>GitHub.</summary>
    GitHub,
    /// <summary>Notion.</summary>
    Notion,
    /// <summary>Asana.</summary>
    Asana,
    /// <summary>Todoist.</summary>
    Todoist,
}
