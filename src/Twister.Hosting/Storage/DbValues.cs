using Microsoft.Data.Sqlite;

namespace Twister.Hosting.Storage;

/// <summary>Conversions between column values and CLR values.</summary>
internal static class DbValues
{
    public static long ToUnixMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToUnixMs(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static string? NullableString(this SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? NullableTime(this SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : FromUnixMs(reader.GetInt64(ordinal));

    public static byte[]? NullableBytes(this SqliteDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : (byte[])reader.GetValue(ordinal);
}
