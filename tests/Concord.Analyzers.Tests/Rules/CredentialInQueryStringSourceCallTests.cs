using Verify = Concord.Analyzers.Tests.Verification.AnalyzerVerifier<Concord.Analyzers.Rules.CredentialInQueryStringAnalyzer>;

namespace Concord.Analyzers.Tests.Rules;

/// <summary>
/// A URL passed to a method or constructor of the same compilation is sent when that method's parameter is: it
/// reaches a send, or a call or object that may send it. A parameter only stored in a feed's link, returned as text
/// or shown is a link made for someone else, and CORD003 stays quiet on the URL passed to it.
/// </summary>
public sealed class CredentialInQueryStringSourceCallTests
{
    private const string ToAHeader = "send it in a request header instead (such as Authorization), if the server reads one";

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Threading.Tasks;
        using System.Xml;
        using System.Xml.Serialization;

        """;

    // Modelled on a catalogue server's OPDS feed: the cover links carry the reader's key for the e-reader that
    // fetches them, and the feed is written as the response.
    [Fact]
    public Task A_url_passed_to_a_helper_that_makes_a_feed_link_is_quiet()
    {
        var source = Usings + """
            public class Link { public string Rel { get; set; } = ""; public string Href { get; set; } = ""; }
            public class Entry { public string Title { get; set; } = ""; public List<Link> Links { get; set; } = new(); }
            public class Feed { public List<Entry> Entries { get; set; } = new(); }

            public class CatalogueFeed(HttpClient http)
            {
                public string Libraries(string baseUrl, string apiKey, int[] ids)
                {
                    var feed = new Feed();
                    foreach (var id in ids)
                    {
                        feed.Entries.Add(new Entry
                        {
                            Title = "Library " + id,
                            Links =
                            [
                                MakeLink("image", $"{baseUrl}api/image/cover?libraryId={id}&apiKey={apiKey}"),
                                new Link { Rel = "thumbnail", Href = $"{baseUrl}api/image/cover?libraryId={id}&apiKey={apiKey}" },
                            ],
                        });
                    }

                    var writer = new StringWriter();
                    new XmlSerializer(typeof(Feed)).Serialize(writer, feed);
                    return writer.ToString();
                }

                public Task<string> Health() => http.GetStringAsync("https://catalogue.example/health");

                private static Link MakeLink(string rel, string href) => new Link { Rel = rel, Href = href };
            }
            """;
        return Verify.VerifyAsync(source);
    }

    [Fact]
    public Task A_url_passed_to_a_wrapper_of_the_compilation_that_sends_it_fires()
    {
        var source = Usings + """
            public class Weather(HttpClient http)
            {
                public Task<string> Today(string city, string apiKey) => Fetch({|#0:$"https://weather.example/today?q={city}&appid={apiKey}"|});

                private async Task<string> Fetch(string url)
                {
                    var text = await http.GetStringAsync(url);
                    return text.Trim();
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "appid", "", ToAHeader));
    }

    [Fact]
    public Task A_url_passed_to_a_wrapper_that_hands_it_to_a_library_fires()
    {
        var source = Usings + """
            public class Catalogue
            {
                public XmlReader Open(string baseUrl, string token) => Read({|#0:baseUrl + "/catalogue.xml?token=" + token|});

                private static XmlReader Read(string address)
                {
                    var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
                    return XmlReader.Create(address, settings);
                }
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "token", "", ToAHeader));
    }

    [Fact]
    public Task A_url_passed_to_a_library_method_or_an_interface_fires()
    {
        var source = Usings + """
            public interface IFetcher { Task<string> Fetch(string url); }

            public class Fetcher(HttpClient http) : IFetcher
            {
                public Task<string> Fetch(string url) => http.GetStringAsync(url);
            }

            public class Catalogue(IFetcher fetcher)
            {
                public XmlReader Open(string token) => XmlReader.Create({|#0:"https://catalogue.example/feed.xml?token=" + token|});

                public Task<string> Prices(string apiKey) => fetcher.Fetch({|#1:"https://catalogue.example/prices?api_key=" + apiKey|});
            }
            """;
        return Verify.VerifyAsync(source,
            Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("Token 'token'", "token", "", ToAHeader),
            Verify.Diagnostic("CORD003").WithLocation(1).WithArguments("API key 'apiKey'", "api_key", "", ToAHeader));
    }

    // In the IDE a referenced project's methods are shown with their sources, but the build reads them as a library:
    // both must agree, so only the assembly being compiled is read whole, and a call into another project is handed on.
    [Fact]
    public Task A_url_passed_to_a_method_of_a_referenced_project_fires()
    {
        var test = Verify.Create(Usings + """
            public class Catalogue
            {
                public Links.Link Cover(string baseUrl, string apiKey) => Links.Link.Make({|#0:$"{baseUrl}/cover?apiKey={apiKey}"|});
            }
            """);
        test.TestState.AdditionalProjects["Links"].Sources.Add(("/Links/Link.cs", """
            namespace Links;

            public class Link
            {
                public string Href { get; set; } = "";

                public static Link Make(string href) => new Link { Href = href };
            }
            """));
        test.TestState.AdditionalProjectReferences.Add("Links");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "apiKey", "", ToAHeader));
        return test.RunAsync();
    }

    [Fact]
    public Task A_url_passed_to_a_constructor_whose_member_a_send_reads_fires()
    {
        var source = Usings + """
            public class Call(string url)
            {
                public string Url { get; } = url;
            }

            public class Caller(HttpClient http)
            {
                public Task<string> Run(Call call) => http.GetStringAsync(call.Url);
            }

            public class Stocks(Caller caller)
            {
                public Task<string> Quote(string symbol, string apiKey) => caller.Run(new Call({|#0:$"https://stocks.example/quote?symbol={symbol}&apikey={apiKey}"|}));
            }
            """;
        return Verify.VerifyAsync(source, Verify.Diagnostic("CORD003").WithLocation(0).WithArguments("API key 'apiKey'", "apikey", "", ToAHeader));
    }
}
