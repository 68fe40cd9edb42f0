using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Storage.Sqlite;

/// <summary>Turns SQLite's error codes into messages that say what to do.</summary>
internal static class SqliteErrors
{
    // https://www.sqlite.org/rescode.html (primary codes)
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static TwisterStorageException Describe(string location, string failure, SqliteException error)
    {
        var advice = error.SqliteErrorCode switch
        {
            Busy or Locked => "another process holds the database locked for too long; stop the other process or give this host its own file",
            ReadOnly => "the file or its folder is read-only; make both writable for this process",
            CantOpen => "the file cannot be opened; check the path and this process's permissions on the file and its folder",
            Full => "the disk is full; free space",
            IoError => "a disk I/O error occurred; check the disk",
            Corrupt or NotADatabase => "the file is not a valid SQLite database; point DatabasePath at another file or restore a backup",
            _ => null,
        };
        return new TwisterStorageException(location, $"{failure} ({error.Message}){(advice is null ? "" : $": {advice}")}.", error);
    }
}
