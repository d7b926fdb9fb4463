using Concord.Pact.AspNetCore.Hosting;
using Concord.Pact.Consumer;
using Concord.Pact.Provider;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Concord.Pact.Tests.Processes;

/// <summary>
/// The entry point when this test assembly is started as a child process (see <see cref="ChildProcess"/>):
/// each mode does one thing a real separate test process would do. The test runner never calls it.
/// </summary>
public static class ChildProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "write-pact":
                return await WritePactAsync(args[1], args[2], args[3], int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture));
            case "console-during-verification":
                return await ConsoleDuringVerificationAsync(args[1]);
            default:
                await Console.Error.WriteLineAsync($"unknown mode: {string.Join(' ', args)}");
                return 2;
        }
    }

    /// <summary>Writes one interaction (GET /items/&lt;n&gt; answering <paramref name="status"/>), says so, then waits for a line on stdin so it stays alive.</summary>
    private static async Task<int> WritePactAsync(string folder, string provider, string description, int status)
    {
        var pact = new PactBuilder("Dashboard", provider, new PactOptions { PactDirectory = folder });
        pact.UponReceiving(description).WithRequest(HttpMethod.Get, "/items").WillRespond().WithStatus(status);
        int code;
        try
        {
            await pact.VerifyAsync(async context =>
            {
                using var client = new HttpClient { BaseAddress = context.BaseUri };
                using var _ = await client.GetAsync("/items");
            });
            Console.WriteLine("written");
            code = 0;
        }
        catch (PactFileConflictException conflict)
        {
            Console.WriteLine($"conflict: {conflict.Message}");
            code = 3;
        }

        Console.Out.Flush();
        _ = Console.ReadLine();
        return code;
    }

    /// <summary>The process's first console write happens inside the provider while the verifier runs; every line must still arrive.</summary>
    private static async Task<int> ConsoleDuringVerificationAsync(string folder)
    {
        var pact = new PactBuilder("Shop", "Echo", new PactOptions { PactDirectory = folder });
        pact.UponReceiving("a ping").WithRequest(HttpMethod.Get, "/ping").WillRespond().WithStatus(200);
        await pact.VerifyAsync(async context =>
        {
            using var client = new HttpClient { BaseAddress = context.BaseUri };
            using var _ = await client.GetAsync("/ping");
        });

        await using var host = await PactProviderHost.StartAsync(builder =>
        {
            var app = builder.Build();
            app.MapGet("/ping", () =>
            {
                Console.WriteLine("first line, written by the provider during verification");
                return Results.Ok();
            });
            return app;
        });
        var result = await new PactVerifier("Echo").WithProvider(host.BaseUri).WithPactDirectory(folder).VerifyAsync();
        Console.WriteLine($"after verification: {result.Status}");
        return result.Passed ? 0 : 1;
    }
}
