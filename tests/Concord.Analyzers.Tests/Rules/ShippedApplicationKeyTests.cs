using Concord.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.HardCodedLiveCredentialAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// CORD009: where the code ships to its users (<c>concord.ships_to_users = true</c>: found on real code, metadata plugins
/// and self-hosted servers carrying the project key their provider issued them), an application key is a suggestion,
/// not CORD004's warning. Passwords and account secrets stay CORD004 warnings. Without the setting, a desktop program,
/// a project built on a desktop, mobile or browser client framework, or one built for macOS, a phone or a browser
/// ships to its users by its kind.
/// </summary>
public sealed class ShippedApplicationKeyTests
{
    private const string ShipsToUsers = "concord.ships_to_users = true";

    private const string Source = """
        public static class Plugin
        {
            // The provider's project key, issued to this plugin; each user adds a personal key of their own.
            public const string ApiKey = {|#0:"184e1a2b1fe3b94935365411f919f638"|};

            public const string ClientSecret = {|#1:"bf9fce37cf45c1de91da009e7ac6fca905a35d7a718bf65a52f92199073a2503"|};

            public const string LensKey = {|#2:"AIzaSyDr2UxVnv_U85AbhhY8XSHSIavUW0DC-sY"|};

            public const string AdminPassword = {|#3:"Xk9#mP2qL7vR"|};

            public const string Billing = {|#4:"sk_live_51HqT9gKx7wB2mNp4QrS8vY3z"|};
        }
        """;

    [Fact]
    public Task Application_keys_in_code_that_ships_to_users_are_suggestions_and_account_secrets_stay_warnings()
    {
        return Verify.VerifyAsync(Source, ShipsToUsers,
            Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.ShippedKeyRule).WithLocation(0).WithArguments("API key", "184e1a2b1f…"),
            Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.ShippedKeyRule).WithLocation(1).WithArguments("secret", "bf9fce37cf…"),
            Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.ShippedKeyRule).WithLocation(2).WithArguments("Google API key", "AIzaSyDr2U…"),
            Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.Rule).WithLocation(3).WithArguments("password", "Xk9#…"),
            Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.Rule).WithLocation(4).WithArguments("Stripe live secret key", "sk_live_51…"));
    }

    [Fact]
    public Task Without_the_setting_every_key_is_a_CORD004_warning()
    {
        var test = Verify.Create(Source);
        ExpectWarnings(test);
        return test.RunAsync();
    }

    [Fact]
    public Task A_key_in_a_url_and_a_constant_interpolated_as_a_key_are_suggestions_when_the_code_ships_to_users()
    {
        var source = """
            using System.Net.Http;
            using System.Threading.Tasks;

            class Lookup(HttpClient http)
            {
                private const string Shared = "3077537c0a4d4b1f9e6b8c2d5a7f1e90";

                Task<string> Quote(string symbol) =>
                    http.GetStringAsync($"https://api.example.com/v1/quotes?symbol={symbol}&api_key={{|#1:Shared|}}");

                Task<string> Weather(string city) =>
                    http.GetStringAsync("https://api.example.com/weather?q=" + city + {|#0:"&apikey=42cd627dd60debf25a5739e50a217d74"|});
            }
            """;
        return Verify.VerifyAsync(source, ShipsToUsers,
            Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.ShippedKeyRule).WithLocation(0).WithArguments("API key in a URL", "42cd627dd6…"),
            Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.ShippedKeyRule).WithLocation(1).WithArguments("API key", "3077537c0a…"));
    }

    [Fact]
    public Task A_desktop_program_ships_to_its_users_without_the_setting()
    {
        var test = Verify.Create(Source);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectCompilationOptions(
            projectId, solution.GetProject(projectId)!.CompilationOptions!.WithOutputKind(OutputKind.WindowsApplication)));
        test.TestState.Sources.Add("internal static class Program { private static void Main() { } }");
        ExpectShipped(test);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Microsoft.Maui.Controls")] // a view-model library of a mobile app
    [InlineData("Microsoft.AspNetCore.Components.WebAssembly")] // a Blazor app, downloaded by every visitor
    [InlineData("MediaBrowser.Controller")] // a media server's plugin
    [InlineData("UnityEngine")] // a game
    [InlineData("osu.Framework")] // a game on its own framework
    [InlineData("Dalamud")] // a game client's plugin
    [InlineData("BepInEx")] // a game's mod
    [InlineData("MelonLoader")] // a game's mod
    [InlineData("Microsoft.Web.WebView2.Core")] // a desktop app around a web view
    public Task A_library_built_on_a_client_framework_or_loaded_by_an_app_its_users_run_ships_to_its_users(string framework)
    {
        var test = Verify.Create(Source);
        test.TestState.AdditionalReferences.Add(Verification.TestReferences.AssemblyNamed(framework));
        ExpectShipped(test);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Dalamud")] // the plugin framework a game client loads: it runs on every player's machine, as its plugins do
    [InlineData("MediaBrowser.Controller")] // the media server's own plugin API, which its users host
    public Task A_framework_loaded_by_an_app_its_users_run_ships_to_its_users_itself(string framework)
    {
        var test = Verify.Create(Source);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, framework));
        ExpectShipped(test);
        return test.RunAsync();
    }

    [Fact]
    public Task A_project_whose_name_only_starts_like_a_framework_does_not_ship()
    {
        var test = Verify.Create(Source);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "UnityEngineering.Api"));
        ExpectWarnings(test);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("Etoile.Client")] // starts with a framework's name (Eto) but is another assembly
    [InlineData("Stride.Core")] // a game engine's serialization core, used by servers too
    public Task A_reference_that_only_looks_like_a_client_framework_does_not_make_code_ship(string library)
    {
        var test = Verify.Create(Source);
        test.TestState.AdditionalReferences.Add(Verification.TestReferences.AssemblyNamed(library));
        ExpectWarnings(test);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("win-x64,win-x86,osx-x64,osx-arm64,linux-x64,linux-musl-x64,linux-arm64")] // a self-hosted server's releases
    [InlineData("osx.13-arm64")] // the older, versioned form
    [InlineData("android-arm64,ios-arm64")]
    [InlineData("browser-wasm")]
    public Task A_project_built_for_a_system_only_users_devices_run_ships_to_its_users(string runtimeIdentifiers)
    {
        var test = BuiltFor(runtimeIdentifiers);
        ExpectShipped(test);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("linux-x64,linux-arm64")] // a service's container images
    [InlineData("win-x64,linux-x64")] // servers of both kinds
    [InlineData("")] // the property made visible and not set
    [InlineData("freebsd-x64,illumos-x64")] // other server systems, one whose name ends in "os"
    public Task A_project_built_only_for_systems_servers_run_keeps_its_warnings(string runtimeIdentifiers)
    {
        var test = BuiltFor(runtimeIdentifiers);
        ExpectWarnings(test);
        return test.RunAsync();
    }

    [Fact]
    public Task The_setting_set_to_false_overrides_the_systems_the_project_is_built_for()
    {
        var test = BuiltFor("osx-arm64,win-x64", "concord.ships_to_users = false");
        ExpectWarnings(test);
        return test.RunAsync();
    }

    // The source in a project whose RuntimeIdentifiers the package's build targets hand over (with commas).
    private static AnalyzerTest<DefaultVerifier> BuiltFor(string runtimeIdentifiers, string? editorConfig = null)
    {
        var test = Verify.Create(Source, editorConfig);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.ConcordRuntimeIdentifiers = {runtimeIdentifiers}\n"));
        return test;
    }

    [Fact]
    public Task The_setting_set_to_false_overrides_the_project_kind()
    {
        var test = Verify.Create(Source, "concord.ships_to_users = false");
        test.TestState.AdditionalReferences.Add(Verification.TestReferences.AssemblyNamed("Avalonia.Base"));
        ExpectWarnings(test);
        return test.RunAsync();
    }

    private static void ExpectWarnings(AnalyzerTest<DefaultVerifier> test) => Expect(test, HardCodedLiveCredentialAnalyzer.Rule);

    private static void ExpectShipped(AnalyzerTest<DefaultVerifier> test) => Expect(test, HardCodedLiveCredentialAnalyzer.ShippedKeyRule);

    // The three application keys are reported under the given rule; the password and the account secret stay CORD004.
    private static void Expect(AnalyzerTest<DefaultVerifier> test, DiagnosticDescriptor applicationKeyRule) => test.ExpectedDiagnostics.AddRange(new[]
    {
        Verify.Diagnostic(applicationKeyRule).WithLocation(0).WithArguments("API key", "184e1a2b1f…"),
        Verify.Diagnostic(applicationKeyRule).WithLocation(1).WithArguments("secret", "bf9fce37cf…"),
        Verify.Diagnostic(applicationKeyRule).WithLocation(2).WithArguments("Google API key", "AIzaSyDr2U…"),
        Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.Rule).WithLocation(3).WithArguments("password", "Xk9#…"),
        Verify.Diagnostic(HardCodedLiveCredentialAnalyzer.Rule).WithLocation(4).WithArguments("Stripe live secret key", "sk_live_51…"),
    });
}
