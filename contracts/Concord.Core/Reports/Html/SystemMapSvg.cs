using System.Globalization;
using Concord.Core.Findings;

namespace Concord.Core.Reports.Html;

/// <summary>
/// Draws the system map as inline SVG: services as boxes in columns (each provider right of the
/// consumers that call it), consumes-edges as arrows coloured by their most severe finding, green
/// when the two sides agree. Each edge links to <c>#edge=&lt;id&gt;</c>: without JavaScript the link
/// jumps to the edge's first disagreement; with it, the table shows only the edge's findings.
/// The layout is a pure function of the map, so the same map always gives the same bytes.
/// </summary>
internal static class SystemMapSvg
{
    private const int NodeWidth = 184;
    private const int NodeHeight = 50;
    private const int ColumnGap = 132;
    private const int RowGap = 30;
    private const int Margin = 24;
    private const int BackEdgeDrop = 34;
    private const int MaxNameLength = 20;
    private const int SelfLoopWidth = 48;

    public static void Write(HtmlOutput html, MapModel map)
    {
        var layout = Layout.Of(map);
        html.Line("<section class=\"map\" id=\"map\" aria-labelledby=\"map-heading\">");
        html.Line("<h2 id=\"map-heading\">System</h2>");
        html.Line($"<svg class=\"system-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(layout.Width)} {N(layout.Height)}\" width=\"{N(layout.Width)}\" height=\"{N(layout.Height)}\" role=\"img\" aria-labelledby=\"map-title\">");
        html.Line($"<title id=\"map-title\">{HtmlOutput.Encode(Summary(map))}</title>");
        html.Line("<defs>");
        foreach (var status in new[] { "agrees", "unchecked", "error", "warning", "info" })
        {
            html.Line($"<marker id=\"arrow-{status}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"13\" markerHeight=\"13\" orient=\"auto-start-reverse\"><path class=\"arrow arrow-{status}\" d=\"M 0 0 L 10 5 L 0 10 z\"/></marker>");
        }

        html.Line("</defs>");
        html.Line("<g class=\"edges\">");
        foreach (var edge in map.Edges)
        {
            WriteEdge(html, layout, edge);
        }

        html.Line("</g>");
        html.Line("<g class=\"nodes\">");
        foreach (var service in map.Services)
        {
            WriteNode(html, layout.Positions[service.Name], service);
        }

        html.Line("</g>");
        html.Line("</svg>");
        WriteEdgeList(html, map);
        html.Line("</section>");
    }

    public static string Status(MapEdge edge) => edge.Status;

    public static string Label(MapEdge edge) => $"{edge.Consumer} → {edge.Provider}";

    private static void WriteEdge(HtmlOutput html, Layout layout, MapEdge edge)
    {
        var status = Status(edge);
        var path = layout.EdgePath(edge, out var labelX, out var labelY);
        html.Line($"<a class=\"edge status-{status}\" href=\"#edge={edge.Id}\" data-edge=\"{edge.Id}\">");
        html.Line($"<title>{HtmlOutput.Encode(EdgeTitle(edge))}</title>");
        html.Line($"<path class=\"edge-hit\" d=\"{path}\"/>");
        html.Line($"<path class=\"edge-line\" d=\"{path}\" marker-end=\"url(#arrow-{status})\"/>");
        if (edge.Findings > 0)
        {
            html.Line($"<circle class=\"edge-count\" cx=\"{N(labelX)}\" cy=\"{N(labelY)}\" r=\"11\"/>");
            html.Line($"<text class=\"edge-count-text\" x=\"{N(labelX)}\" y=\"{N(labelY)}\" dy=\"0.35em\" text-anchor=\"middle\">{N(edge.Findings)}</text>");
        }

        html.Line("</a>");
    }

    private static void WriteNode(HtmlOutput html, (double X, double Y) position, SystemService service)
    {
        var (x, y) = position;
        html.Line($"<g class=\"node\"><title>{HtmlOutput.Encode(service.Kind is { } kind ? $"{service.Name} ({kind})" : service.Name)}</title>");
        html.Line($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"8\"/>");
        var nameY = service.Kind is null ? y + (NodeHeight / 2.0) : y + 21;
        html.Line($"<text class=\"node-name\" x=\"{N(x + (NodeWidth / 2.0))}\" y=\"{N(nameY)}\" dy=\"0.35em\" text-anchor=\"middle\">{HtmlOutput.Encode(Shorten(service.Name))}</text>");
        if (service.Kind is { } shown)
        {
            html.Line($"<text class=\"node-kind\" x=\"{N(x + (NodeWidth / 2.0))}\" y=\"{N(y + 38)}\" dy=\"0.35em\" text-anchor=\"middle\">{HtmlOutput.Encode(Shorten(shown))}</text>");
        }

        html.Line("</g>");
    }

    // The same facts as text: for screen readers, for search, and for a reader who cannot see colour.
    private static void WriteEdgeList(HtmlOutput html, MapModel map)
    {
        if (map.Edges.IsEmpty)
        {
            return;
        }

        html.Line("<ul class=\"edge-list\">");
        foreach (var edge in map.Edges)
        {
            var status = Status(edge);
            html.Line($"<li class=\"status-{status}\" data-edge=\"{edge.Id}\"><a href=\"#edge={edge.Id}\">{HtmlOutput.Encode(Label(edge))}</a> <span class=\"edge-status\">{HtmlOutput.Encode(EdgeState(edge))}</span></li>");
        }

        html.Line("</ul>");
    }

    private static string EdgeTitle(MapEdge edge)
    {
        var via = edge.Via is { } through ? $" via {through}" : string.Empty;
        return $"{Label(edge)}{via}: {EdgeState(edge)}";
    }

    private static string EdgeState(MapEdge edge) => edge.Worst is { } worst
        ? $"{Plural(edge.Findings, "finding")} in {Plural(edge.Disagreements, "disagreement")}, worst {ReportNames.Of(worst)}"
        : edge.Checked is { IsEmpty: true } ? CheckedEdges.Nothing : edge.Checked is { } done ? $"agree ({string.Join("; ", done)})" : "agree";

    private static string Summary(MapModel map) =>
        $"System map: {Plural(map.Services.Length, "service")}, {Plural(map.Edges.Length, "edge")}, " +
        $"{Plural(map.Edges.Count(edge => edge.Worst is not null), "edge")} with findings.";

    private static string Shorten(string text) => text.Length <= MaxNameLength ? text : text[..(MaxNameLength - 1)] + "…";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{N(count)} {noun}s";

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Where every node goes: a column per layer (longest call chain from a caller that nobody calls), rows ordered to cross few edges.</summary>
    private sealed class Layout
    {
        private readonly Dictionary<(string Consumer, string Provider), (double Out, double In)> _ports;

        private Layout(Dictionary<string, (double X, double Y)> positions, Dictionary<string, int> layers, double width, double height, IReadOnlyList<MapEdge> edges)
        {
            Positions = positions;
            Layers = layers;
            Width = width;
            Height = height;
            _ports = Ports(edges);
        }

        public Dictionary<string, (double X, double Y)> Positions { get; }

        public Dictionary<string, int> Layers { get; }

        public double Width { get; }

        public double Height { get; }

        public static Layout Of(MapModel map)
        {
            var names = map.Services.Select(service => service.Name).ToArray();
            var layers = names.ToDictionary(name => name, _ => 0, StringComparer.Ordinal);
            var forward = Acyclic(names, map.Edges);

            // Longest-path layering over the edges that form no cycle: each provider right of its callers.
            for (var round = 0; round < names.Length; round++)
            {
                var changed = false;
                foreach (var edge in forward)
                {
                    if (layers[edge.Provider] < layers[edge.Consumer] + 1)
                    {
                        layers[edge.Provider] = layers[edge.Consumer] + 1;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            // Rows: each layer after the first ordered by the mean row of the services calling it (then by name).
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            var columns = layers.GroupBy(pair => pair.Value).OrderBy(group => group.Key).ToArray();
            foreach (var column in columns)
            {
                var ordered = column
                    .Select(pair => pair.Key)
                    .OrderBy(name =>
                    {
                        var callers = forward.Where(edge => edge.Provider == name && rows.ContainsKey(edge.Consumer)).Select(edge => rows[edge.Consumer]).ToArray();
                        return callers.Length == 0 ? double.MaxValue : callers.Average();
                    })
                    .ThenBy(name => name, StringComparer.Ordinal)
                    .ToArray();
                for (var row = 0; row < ordered.Length; row++)
                {
                    rows[ordered[row]] = row;
                }
            }

            var tallest = columns.Length == 0 ? 0 : columns.Max(column => column.Count());
            var contentHeight = (tallest * NodeHeight) + (Math.Max(tallest - 1, 0) * RowGap);
            var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                var count = column.Count();
                var columnHeight = (count * NodeHeight) + ((count - 1) * RowGap);
                var top = Margin + ((contentHeight - columnHeight) / 2.0);
                foreach (var (name, layer) in column)
                {
                    positions[name] = (Margin + (layer * (NodeWidth + ColumnGap)), top + (rows[name] * (NodeHeight + RowGap)));
                }
            }

            var width = (2 * Margin) + (columns.Length * NodeWidth) + (Math.Max(columns.Length - 1, 0) * ColumnGap)
                + (map.Edges.Any(edge => edge.Consumer == edge.Provider) ? SelfLoopWidth : 0);
            var hasBackEdges = map.Edges.Any(edge => layers[edge.Provider] <= layers[edge.Consumer]);
            var height = (2 * Margin) + contentHeight + (hasBackEdges ? BackEdgeDrop + 8 : 0);
            return new Layout(positions, layers, width, height, map.Edges);
        }

        // The edges left when every cycle is broken: a depth-first walk from the services nobody calls
        // (then the rest, by name) drops each edge back to a service still on the walk's path, and
        // self-calls. Those are drawn as back edges, below the boxes.
        private static MapEdge[] Acyclic(string[] names, IReadOnlyList<MapEdge> edges)
        {
            var outgoing = edges.Where(edge => edge.Consumer != edge.Provider)
                .GroupBy(edge => edge.Consumer, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.OrderBy(edge => edge.Provider, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            var called = edges.Where(edge => edge.Consumer != edge.Provider).Select(edge => edge.Provider).ToHashSet(StringComparer.Ordinal);
            var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path; true: done
            var kept = new List<MapEdge>();
            var roots = names.OrderBy(name => called.Contains(name)).ThenBy(name => name, StringComparer.Ordinal);
            foreach (var root in roots)
            {
                if (state.ContainsKey(root))
                {
                    continue;
                }

                // Iterative, so a long chain of services cannot overflow the stack.
                var stack = new Stack<(string Name, int Next)>();
                stack.Push((root, 0));
                state[root] = false;
                while (stack.Count > 0)
                {
                    var (name, next) = stack.Pop();
                    var children = outgoing.GetValueOrDefault(name) ?? [];
                    if (next >= children.Length)
                    {
                        state[name] = true;
                        continue;
                    }

                    stack.Push((name, next + 1));
                    var edge = children[next];
                    if (!state.TryGetValue(edge.Provider, out var done))
                    {
                        kept.Add(edge);
                        state[edge.Provider] = false;
                        stack.Push((edge.Provider, 0));
                    }
                    else if (done)
                    {
                        kept.Add(edge);
                    }
                }
            }

            return [.. kept];
        }

        // Forward edges leave a box's right side and enter the next box's left side at evenly spaced
        // heights, ordered by where the other end is, so that arrows into one service do not overlap.
        private Dictionary<(string, string), (double Out, double In)> Ports(IReadOnlyList<MapEdge> edges)
        {
            var forward = edges.Where(edge => Layers[edge.Provider] > Layers[edge.Consumer]).ToArray();
            var ports = new Dictionary<(string, string), (double Out, double In)>();
            foreach (var edge in forward)
            {
                var outgoing = forward.Where(other => other.Consumer == edge.Consumer)
                    .OrderBy(other => Positions[other.Provider].Y).ThenBy(other => other.Provider, StringComparer.Ordinal).ToList();
                var incoming = forward.Where(other => other.Provider == edge.Provider)
                    .OrderBy(other => Positions[other.Consumer].Y).ThenBy(other => other.Consumer, StringComparer.Ordinal).ToList();
                ports[(edge.Consumer, edge.Provider)] = (
                    Spread(outgoing.IndexOf(edge), outgoing.Count),
                    Spread(incoming.IndexOf(edge), incoming.Count));
            }

            return ports;
        }

        private static double Spread(int index, int count) => NodeHeight * (index + 1) / (count + 1.0);

        /// <summary>The edge's SVG path, and where its finding count goes.</summary>
        public string EdgePath(MapEdge edge, out double labelX, out double labelY)
        {
            var (cx, cy) = Positions[edge.Consumer];
            var (px, py) = Positions[edge.Provider];
            if (edge.Consumer == edge.Provider)
            {
                // A service that calls itself: a loop on its right side.
                var x = cx + NodeWidth;
                var top = cy + 12;
                var bottom = cy + NodeHeight - 12;
                labelX = x + 30;
                labelY = cy + (NodeHeight / 2.0);
                return $"M {N(x)} {N(top)} C {N(x + 44)} {N(top - 16)} {N(x + 44)} {N(bottom + 16)} {N(x + 2)} {N(bottom)}";
            }

            if (Layers[edge.Provider] > Layers[edge.Consumer])
            {
                // Forward: right side of the consumer to the left side of the provider.
                var (outPort, inPort) = _ports[(edge.Consumer, edge.Provider)];
                var (x0, y0) = (cx + NodeWidth, cy + outPort);
                var (x3, y3) = (px - 2, py + inPort);
                var bend = Math.Max((x3 - x0) / 2.0, 30);
                labelX = (x0 + x3) / 2.0;
                labelY = (y0 + y3) / 2.0;
                return $"M {N(x0)} {N(y0)} C {N(x0 + bend)} {N(y0)} {N(x3 - bend)} {N(y3)} {N(x3)} {N(y3)}";
            }

            // Back or sideways (a cycle, or a call within one column): below both boxes.
            var (bx0, by0) = (cx + (NodeWidth / 2.0) - 12, cy + NodeHeight);
            var (bx3, by3) = (px + (NodeWidth / 2.0) + 12, py + NodeHeight + 2);
            var low = Math.Max(by0, by3) + BackEdgeDrop;
            labelX = (bx0 + bx3) / 2.0;
            labelY = ((by0 + by3) / 8.0) + (low * 0.75);
            return $"M {N(bx0)} {N(by0)} C {N(bx0)} {N(low)} {N(bx3)} {N(low)} {N(bx3)} {N(by3)}";
        }
    }
}
