using Concord.Cli.Tests.Support;
using System.Text.RegularExpressions;
using Concord.Cli.Tests.CommandLine;
using Concord.Core.Reports;
using YamlDotNet.RepresentationModel;

namespace Concord.Cli.Tests.Ci;

/// <summary>
/// The composite action in .github/actions/concord parses, refers only to inputs and steps it declares,
/// and calls concord only with commands, options and formats the real command line takes.
/// </summary>
public sealed partial class GitHubActionTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();


    private static YamlMappingNode Action()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repository.Root, ".github", "actions", "concord", "action.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static List<YamlMappingNode> Steps() =>
        [.. ((YamlSequenceNode)Map(Action(), "runs").Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()];

    [Fact]
    public void It_is_a_composite_action_whose_run_steps_name_their_shell()
    {
        var action = Action();

        Assert.Equal("composite", Scalar(Map(action, "runs"), "using"));
        Assert.False(string.IsNullOrWhiteSpace(Scalar(action, "name")));
        Assert.False(string.IsNullOrWhiteSpace(Scalar(action, "description")));
        Assert.All(Steps().Where(step => Scalar(step, "run") is not null), step => Assert.Equal("bash", Scalar(step, "shell")));
        Assert.All(Steps(), step => Assert.True(Scalar(step, "run") is not null ^ Scalar(step, "uses") is not null, Scalar(step, "name")));
    }

    [Fact]
    public void Every_expression_names_a_declared_input_and_an_earlier_step()
    {
        var inputs = Map(Action(), "inputs").Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in Steps())
        {
            var text = Text(step);
            foreach (Match input in InputReference().Matches(text))
            {
                Assert.Contains(input.Groups[1].Value, inputs);
            }

            foreach (Match output in StepReference().Matches(text))
            {
                Assert.Contains(output.Groups[1].Value, seen);
            }

            if (Scalar(step, "id") is { } id)
            {
                seen.Add(id);
            }
        }

        // The action's outputs read steps that exist.
        foreach (Match output in StepReference().Matches(Text(Map(Action(), "outputs"))))
        {
            Assert.Contains(output.Groups[1].Value, seen);
        }

        // Every input is used somewhere.
        var all = Text(Map(Action(), "runs"));
        Assert.All(inputs, input => Assert.Contains($"inputs.{input}", all, StringComparison.Ordinal));
    }

    [Fact]
    public void Concord_is_called_only_with_options_and_formats_its_help_lists()
    {
        var calls = Steps()
            .Select(step => Scalar(step, "run"))
            .OfType<string>()
            .SelectMany(script => script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
            .Select(line => ConcordCall().Match(line))
            .Where(match => match.Success)
            .ToList();
        Assert.Equal(["diff", "check", "check", "diff", "diff"], calls.Select(call => call.Groups[1].Value));

        // Options the scripts gather in an array and pass to every call.
        var shared = Steps().Select(step => Scalar(step, "run")).OfType<string>()
            .SelectMany(script => SharedOption().Matches(script)).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["--fail-on", "--baseline"], shared);

        foreach (var call in calls)
        {
            var command = call.Groups[1].Value;
            var (exit, help, _) = _cli.Run(command, "--help");
            Assert.Equal(ExitCodes.Clean, exit);
            foreach (var option in OptionToken().Matches(call.Value).Select(m => m.Value).Concat(shared))
            {
                Assert.True(Regex.IsMatch(help, $@"(^|[\s,]){Regex.Escape(option)}\b", RegexOptions.Multiline), $"concord {command} has no option {option}");
            }

            foreach (Match format in ReportFormat().Matches(call.Value))
            {
                Assert.Contains(format.Groups[1].Value, ReportWriters.Formats);
            }
        }
    }

    [Fact]
    public void The_pull_request_comment_is_found_again_by_its_marker_and_updated()
    {
        var comment = Steps().Single(step => Scalar(step, "uses")?.StartsWith("actions/github-script@", StringComparison.Ordinal) == true);
        var script = Scalar(Map(comment, "with"), "script")!;

        Assert.Contains("updateComment", script, StringComparison.Ordinal);
        Assert.Contains("createComment", script, StringComparison.Ordinal);
        Assert.Contains("startsWith(marker)", script, StringComparison.Ordinal);
        Assert.StartsWith("<!-- concord-report:", Scalar(Map(comment, "env"), "MARKER"), StringComparison.Ordinal);
    }

    private static string Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlMappingNode mapping => string.Join('\n', mapping.Children.Select(pair => Text(pair.Key) + "\n" + Text(pair.Value))),
        YamlSequenceNode sequence => string.Join('\n', sequence.Children.Select(Text)),
        _ => "",
    };

    [GeneratedRegex(@"inputs\.([a-z][a-z0-9-]*)")]
    private static partial Regex InputReference();

    [GeneratedRegex(@"steps\.([a-z][a-z0-9-]*)\.outputs")]
    private static partial Regex StepReference();

    [GeneratedRegex(@"^\s*concord (check|diff)\b.*$")]
    private static partial Regex ConcordCall();

    [GeneratedRegex(@"(?<=\s)--[a-z][a-z-]*")]
    private static partial Regex OptionToken();

    [GeneratedRegex(@"common\+=\((--[a-z-]+)")]
    private static partial Regex SharedOption();

    [GeneratedRegex(@"(?:--report |--format )""?([a-z]+)(?=[=\s""]|$)")]
    private static partial Regex ReportFormat();
}
