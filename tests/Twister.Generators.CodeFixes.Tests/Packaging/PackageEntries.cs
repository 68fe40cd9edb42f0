using System.IO.Compression;

namespace Twister.Generators.CodeFixes.Tests.Packaging;

/// <summary>Reads files inside a .nupkg/.snupkg.</summary>
internal static class PackageEntries
{
    /// <summary>The text of <paramref name="path"/>; fails the test when the package lacks it.</summary>
    public static string ReadText(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The entry in a seekable stream (PE and PDB readers need one; zip entry streams are not).</summary>
    public static MemoryStream ReadSeekable(ZipArchiveEntry entry)
    {
        var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }
}
