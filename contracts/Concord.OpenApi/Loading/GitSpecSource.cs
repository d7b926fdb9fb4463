using System.Diagnostics;

namespace Concord.OpenApi.Loading;

/// <summary>
/// A document at a git revision (<c>git:&lt;ref&gt;:&lt;path&gt;</c>), read with <c>git show</c>; referenced
/// files are read from the same revision and must sit in the document's folder.
/// </summary>
internal sealed class GitSpecSource : SpecSource
{
    private readonly string _revision;
    private readonly string _rootPath;
    private readonly string _rootFolder;
    private readonly string _workingDirectory;
    private readonly string _displayName;

    private GitSpecSource(string revision, string path, string workingDirectory, string displayName)
    {
        _revision = revision;
        _rootPath = Normalize(path) ?? throw new ArgumentException($"'{path}' leaves the repository", nameof(path));
        var slash = _rootPath.LastIndexOf('/');
        _rootFolder = slash < 0 ? string.Empty : _rootPath[..slash];
        _workingDirectory = workingDirectory;
        _displayName = displayName;
    }

    public static GitSpecSource FromArgument(string argument, string workingDirectory)
    {
        // git:<ref>:<path>; a ref has no ':' in it, a path may.
        var body = argument["git:".Length..];
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == body.Length - 1)
        {
            throw new SpecLoadException(argument, "expected git:<ref>:<path>, e.g. git:main:api/openapi.yaml");
        }

        var revision = body[..colon];
        if (revision.StartsWith('-') || revision.Any(char.IsWhiteSpace))
        {
            throw new SpecLoadException(argument, $"'{revision}' is not a git revision");
        }

        var path = body[(colon + 1)..].Replace('\\', '/');
        if (Normalize(path) is null)
        {
            throw new SpecLoadException(argument, $"'{path}' leaves the repository");
        }

        return new GitSpecSource(revision, path, workingDirectory, argument);
    }

    public override string DisplayName => _displayName;

    internal override string RootKey => _rootPath;

    internal override string? Locate(string fromKey, string relativePath, SpecLoadOptions options, out string refusal)
    {
        var slash = fromKey.LastIndexOf('/');
        var fromFolder = slash < 0 ? string.Empty : fromKey[..slash];
        var combined = Normalize(fromFolder.Length == 0 ? relativePath : fromFolder + "/" + relativePath);
        var prefix = _rootFolder.Length == 0 ? string.Empty : _rootFolder + "/";
        if (combined is null || !combined.StartsWith(prefix, StringComparison.Ordinal))
        {
            refusal = $"'{relativePath}' is outside the document's folder in git:{_revision}";
            return null;
        }

        refusal = string.Empty;
        return combined;
    }

    internal override byte[] Read(string key, SpecLoadOptions options)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("show");
        start.ArgumentList.Add($"{_revision}:{key}");

        using var process = Process.Start(start) ?? throw new SpecLoadException(Display(key), "could not start git");
        using var output = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        var buffer = new byte[81920];
        int read;
        while ((read = process.StandardOutput.BaseStream.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > options.MaxDocumentBytes)
            {
                process.Kill();
                throw new SpecLoadException(Display(key), $"the file is over the {options.MaxDocumentBytes}-byte limit");
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var reason = error.Result.Trim().Split('\n').FirstOrDefault(l => l.Length > 0) ?? $"git show exited with {process.ExitCode}";
            throw new SpecLoadException(Display(key), reason.Trim());
        }

        return output.ToArray();
    }

    internal override string Display(string key) => $"git:{_revision}:{key}";

    /// <summary>Resolves '.' and '..' in a '/'-separated repository path; null when it climbs above the top.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
