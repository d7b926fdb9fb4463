using Concord.Analyzers.CodeFixes;
using Concord.Analyzers.Rules;
using Verify = Concord.Analyzers.Tests.Verification.CodeFixVerifier<
    Concord.Analyzers.Rules.LoopbackFallbackUrlAnalyzer,
    Concord.Analyzers.CodeFixes.LoopbackFallbackUrlCodeFixProvider>;

namespace Concord.Analyzers.Tests.CodeFixes;

public sealed class LoopbackFallbackUrlCodeFixTests
{
    [Fact]
    public Task Coalesce_becomes_a_throw_naming_the_variable()
    {
        const string source = """
            using System;

            class MlflowProxy
            {
                readonly string _url = Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? [|"http://localhost:5000"|];
            }
            """;
        const string fixedSource = """
            using System;

            class MlflowProxy
            {
                readonly string _url = Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? throw new InvalidOperationException("MLFLOW_SERVER_URL is not configured");
            }
            """;
        return Verify.VerifyProgramAsync(source, fixedSource);
    }

    [Fact]
    public Task Ternary_branch_becomes_a_throw()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;

            class Client
            {
                string Url(IConfiguration configuration)
                {
                    var url = configuration["Auth:Url"];
                    return string.IsNullOrEmpty(url) ? [|"http://localhost:8001"|] : url;
                }
            }
            """;
        const string fixedSource = """
            using Microsoft.Extensions.Configuration;

            class Client
            {
                string Url(IConfiguration configuration)
                {
                    var url = configuration["Auth:Url"];
                    return string.IsNullOrEmpty(url) ? throw new System.InvalidOperationException("Auth:Url is not configured") : url;
                }
            }
            """;
        return Verify.VerifyProgramAsync(source, fixedSource);
    }

    [Fact]
    public Task GetValue_default_is_removed_and_the_missing_value_throws()
    {
        const string source = """
            using Microsoft.Extensions.Configuration;

            class Client
            {
                string Url(IConfiguration configuration) => configuration.GetValue<string>("Mlflow:Url", [|"http://localhost:5000"|]);
            }
            """;
        const string fixedSource = """
            using Microsoft.Extensions.Configuration;

            class Client
            {
                string Url(IConfiguration configuration) => configuration.GetValue<string>("Mlflow:Url") ?? throw new System.InvalidOperationException("Mlflow:Url is not configured");
            }
            """;
        return Verify.VerifyProgramAsync(source, fixedSource);
    }

    [Fact]
    public Task If_assignment_becomes_a_throw_statement()
    {
        const string source = """
            using System;

            class Client
            {
                string Url()
                {
                    var url = Environment.GetEnvironmentVariable("AUTH_SERVICE_URL");
                    if (string.IsNullOrEmpty(url))
                    {
                        url = [|"http://localhost:8001"|];
                    }

                    return url;
                }
            }
            """;
        const string fixedSource = """
            using System;

            class Client
            {
                string Url()
                {
                    var url = Environment.GetEnvironmentVariable("AUTH_SERVICE_URL");
                    if (string.IsNullOrEmpty(url))
                    {
                        throw new InvalidOperationException("AUTH_SERVICE_URL is not configured");
                    }

                    return url;
                }
            }
            """;
        return Verify.VerifyProgramAsync(source, fixedSource);
    }

    [Fact]
    public Task Fix_all_rewrites_every_fallback_in_the_document()
    {
        const string source = """
            using System;
            using Microsoft.Extensions.Configuration;

            class Upstreams
            {
                string Auth(IConfiguration c) => c["Auth:Url"] ?? [|"http://localhost:8001"|];
                string Mlflow() => Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? [|"http://127.0.0.1:5000"|];
                string Pick(string name, IConfiguration c) => name switch
                {
                    "auth" => Auth(c),
                    _ => [|"http://localhost:9000"|],
                };
            }
            """;
        const string fixedSource = """
            using System;
            using Microsoft.Extensions.Configuration;

            class Upstreams
            {
                string Auth(IConfiguration c) => c["Auth:Url"] ?? throw new InvalidOperationException("Auth:Url is not configured");
                string Mlflow() => Environment.GetEnvironmentVariable("MLFLOW_SERVER_URL") ?? throw new InvalidOperationException("MLFLOW_SERVER_URL is not configured");
                string Pick(string name, IConfiguration c) => name switch
                {
                    "auth" => Auth(c),
                    _ => throw new InvalidOperationException("The service URL is not configured"),
                };
            }
            """;
        return Verify.VerifyProgramAsync(source, fixedSource);
    }
}
