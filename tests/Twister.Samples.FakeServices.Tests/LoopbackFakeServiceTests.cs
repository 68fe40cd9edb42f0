using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Twister.Samples.FakeServices.Tests;

public sealed class LoopbackFakeServiceTests
{
    [Fact]
    public async Task It_listens_on_loopback_answers_with_the_token_and_refuses_the_service_s_way_without_it()
    {
        await using var service = new EchoService();
        await service.StartAsync();
        using var client = new HttpClient { BaseAddress = service.BaseAddress };

        using var anonymous = await client.GetAsync("echo");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        using var wrong = await client.GetAsync("echo");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.Token);
        using var accepted = await client.GetAsync("echo");

        Assert.Equal("127.0.0.1", service.BaseAddress.Host);
        Assert.NotEqual(0, service.BaseAddress.Port);
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Equal("refused", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("echo", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(3, service.RequestCount);
    }

    [Fact]
    public async Task Two_services_get_two_ports_and_a_service_starts_once()
    {
        await using var first = new EchoService();
        await using var second = new EchoService();
        await first.StartAsync();
        await second.StartAsync();

        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        await Assert.ThrowsAsync<InvalidOperationException>(() => first.StartAsync());
        Assert.Throws<ArgumentException>(() => new EchoService(""));
    }

    private sealed class EchoService(string token = "t0ken") : LoopbackFakeService(token)
    {
        protected override void MapRoutes(WebApplication app) => app.MapGet("/echo", () => "echo");

        protected override Task RejectUnauthenticatedAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync("refused");
        }
    }
}
