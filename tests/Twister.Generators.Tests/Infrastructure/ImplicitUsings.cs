namespace Twister.Generators.Tests.Infrastructure;

/// <summary>The global usings a connector project gets from the SDK, spelled out for bare test compilations.</summary>
public static class ImplicitUsings
{
    /// <summary>The SDK's implicit usings of a class library.</summary>
    public const string Sdk = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The SDK's implicit usings plus <c>Twister</c>, as analyzer test sources assume.</summary>
    public const string SdkAndTwister = Sdk + "\nglobal using Twister;\n";
}
