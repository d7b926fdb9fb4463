#!/usr/bin/env python3
"""Writes a C# library full of outbound HTTP calls, and its providers' OpenAPI documents, for
measure-analyzer-cost.sh: the spec-aware rules (CORD006-CORD008) only work where calls meet a
provider document, and a general-purpose library such as Newtonsoft.Json has neither.

Usage:
  generate-http-library.py <output-folder> [--providers N] [--resources N]

The output folder receives src/ (the library: one typed client per resource, its records, the
AddHttpClient registrations and some ordinary service-collection and list code with many Add... calls)
and one openapi-<provider>.json per provider. It prints the --provider-document options to pass to
measure-analyzer-cost.sh (the library needs --web for AddHttpClient).

The code is written by this script in the shapes typed clients commonly have (GetFromJsonAsync with
an interpolated route, PostAsJsonAsync with a record or an anonymous body, HttpRequestMessage with
an Authorization or X-API-Key header, query strings); about one resource in seven disagrees with its
provider's document (a route that is not there, a key sent where the scheme does not read it, a
required query parameter left out), so that the rules have something to report. The output is the
same for the same options.
"""
import argparse
import json
from pathlib import Path

VERBS = ["Orders", "Invoices", "Customers", "Shipments", "Products", "Carts", "Payments", "Refunds",
         "Reviews", "Coupons", "Accounts", "Tickets", "Reports", "Webhooks", "Stores", "Warehouses",
         "Suppliers", "Returns", "Subscriptions", "Plans"]
PROVIDERS = ["Catalog", "Billing", "Shipping", "Identity", "Support", "Analytics", "Inventory", "Notifications"]


def kebab(name):
    return name.lower()


def client_code(provider, resource, index):
    lower = kebab(resource)
    path = f"/api/{kebab(provider)}/{lower}"
    drift = index % 7  # 1: route not in the document; 2: key in the query; 3: required query left out
    wrong_route = f"/api/{kebab(provider)}/{lower}-list" if drift == 1 else path
    search_query = "?term={Uri.EscapeDataString(term)}" if drift == 3 else "?term={Uri.EscapeDataString(term)}&page={page}"
    key_in_query = drift == 2
    ns = f"Shop.Clients.{provider}"
    lines = [
        "using System;",
        "using System.Collections.Generic;",
        "using System.Net.Http;",
        "using System.Net.Http.Headers;",
        "using System.Net.Http.Json;",
        "using System.Text.Json.Serialization;",
        "using System.Threading;",
        "using System.Threading.Tasks;",
        "",
        f"namespace {ns}",
        "{",
        f"    public sealed record {resource}Item(",
        f"        [property: JsonPropertyName(\"id\")] string Id,",
        f"        [property: JsonPropertyName(\"name\")] string Name,",
        f"        [property: JsonPropertyName(\"amount\")] decimal Amount,",
        f"        [property: JsonPropertyName(\"tags\")] IReadOnlyList<string> Tags);",
        "",
        f"    public sealed class Create{resource}Request",
        "    {",
        "        [JsonPropertyName(\"name\")]",
        "        public string Name { get; set; } = string.Empty;",
        "",
        "        [JsonPropertyName(\"amount\")]",
        "        public decimal Amount { get; set; }",
        "",
        "        [JsonPropertyName(\"tags\")]",
        "        public List<string> Tags { get; } = new List<string>();",
        "    }",
        "",
        f"    /// <summary>Reads and changes {lower} on the {provider} service.</summary>",
        f"    public sealed class {resource}Client",
        "    {",
        "        private readonly HttpClient _http;",
        "        private readonly Func<CancellationToken, Task<string>> _token;",
        "",
        f"        public {resource}Client(HttpClient http, Func<CancellationToken, Task<string>> token)",
        "        {",
        "            _http = http;",
        "            _token = token;",
        "            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(\"application/json\"));",
        "        }",
        "",
        f"        public Task<{resource}Item?> GetAsync(string id, CancellationToken cancellationToken = default) =>",
        f"            _http.GetFromJsonAsync<{resource}Item>($\"{path}/{{Uri.EscapeDataString(id)}}\", cancellationToken);",
        "",
        f"        public Task<List<{resource}Item>?> SearchAsync(string term, int page, CancellationToken cancellationToken = default) =>",
        f"            _http.GetFromJsonAsync<List<{resource}Item>>($\"{path}/search{search_query}\", cancellationToken);",
        "",
        f"        public async Task<{resource}Item?> CreateAsync(string name, decimal amount, IEnumerable<string> tags, CancellationToken cancellationToken = default)",
        "        {",
        f"            var body = new Create{resource}Request {{ Name = name, Amount = amount }};",
        "            foreach (var tag in tags)",
        "            {",
        "                body.Tags.Add(tag);",
        "            }",
        "",
        f"            using var request = new HttpRequestMessage(HttpMethod.Post, \"{wrong_route}\") {{ Content = JsonContent.Create(body) }};",
        "            request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", await _token(cancellationToken).ConfigureAwait(false));",
        "            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);",
        "            response.EnsureSuccessStatusCode();",
        f"            return await response.Content.ReadFromJsonAsync<{resource}Item>(cancellationToken: cancellationToken).ConfigureAwait(false);",
        "        }",
        "",
        "        public async Task RenameAsync(string id, string name, CancellationToken cancellationToken = default)",
        "        {",
        f"            using var response = await _http.PatchAsJsonAsync($\"{path}/{{id}}\", new {{ name }}, cancellationToken).ConfigureAwait(false);",
        "            response.EnsureSuccessStatusCode();",
        "        }",
        "",
        "        public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)",
        "        {",
    ]
    if key_in_query:
        lines += [
            "            var key = await _token(cancellationToken).ConfigureAwait(false);",
            f"            using var response = await _http.DeleteAsync($\"{path}/{{id}}?api_key={{key}}\", cancellationToken).ConfigureAwait(false);",
        ]
    else:
        lines += [
            f"            using var request = new HttpRequestMessage(HttpMethod.Delete, $\"{path}/{{id}}\");",
            "            request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", await _token(cancellationToken).ConfigureAwait(false));",
            "            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);",
        ]
    lines += [
        "            response.EnsureSuccessStatusCode();",
        "        }",
        "",
        f"        public async Task<int> CountAsync(CancellationToken cancellationToken = default)",
        "        {",
        f"            var text = await _http.GetStringAsync(\"{path}/count\", cancellationToken).ConfigureAwait(false);",
        "            return int.TryParse(text, out var count) ? count : 0;",
        "        }",
        "",
        f"        public static IReadOnlyList<string> Summarize(IEnumerable<{resource}Item> items)",
        "        {",
        "            var lines = new List<string>();",
        "            var total = 0m;",
        "            foreach (var item in items)",
        "            {",
        "                total += item.Amount;",
        "                lines.Add(item.Name + \": \" + item.Amount.ToString(\"0.00\", System.Globalization.CultureInfo.InvariantCulture));",
        "                if (item.Tags.Count > 0)",
        "                {",
        "                    lines.Add(\"  \" + string.Join(\", \", item.Tags));",
        "                }",
        "            }",
        "",
        "            lines.Add(\"total: \" + total.ToString(\"0.00\", System.Globalization.CultureInfo.InvariantCulture));",
        "            return lines;",
        "        }",
        "    }",
        "}",
    ]
    return "\n".join(lines) + "\n"


def registration_code(providers, resources):
    lines = [
        "using System;",
        "using System.Collections.Generic;",
        "using System.Threading;",
        "using System.Threading.Tasks;",
        "using Microsoft.Extensions.Configuration;",
        "using Microsoft.Extensions.DependencyInjection;",
        "",
        "namespace Shop.Clients",
        "{",
        "    public sealed class Registry { public List<string> Names { get; } = new List<string>(); }",
        "",
        "    public static class ShopClientRegistrations",
        "    {",
        "        public static IServiceCollection AddShopClients(this IServiceCollection services, IConfiguration configuration)",
        "        {",
        "            Func<CancellationToken, Task<string>> token = _ => Task.FromResult(configuration[\"Shop:Token\"] ?? string.Empty);",
        "            services.AddSingleton(token);",
        "            services.AddSingleton<Registry>();",
        "            var registry = new Registry();",
    ]
    for provider in providers:
        for resource in resources:
            cls = f"{provider}.{resource}Client"
            lines += [
                f"            services.AddHttpClient<{cls}>(client => client.BaseAddress = new Uri(configuration[\"Services:{provider}\"]!));",
                f"            registry.Names.Add(\"{provider}/{resource}\");",
            ]
    lines += ["            services.AddSingleton(registry);", "            return services;", "        }", "    }", "}"]
    return "\n".join(lines) + "\n"


def document(provider, resources):
    paths = {}
    item = {"type": "object", "required": ["id", "name"], "properties": {
        "id": {"type": "string"}, "name": {"type": "string"}, "amount": {"type": "number"},
        "tags": {"type": "array", "items": {"type": "string"}}}}
    for resource in resources:
        base = f"/api/{kebab(provider)}/{kebab(resource)}"
        id_parameter = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ok = {"200": {"description": "OK", "content": {"application/json": {"schema": item}}}}
        paths[base] = {"post": {"operationId": f"create{resource}", "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["name"], "properties": {"name": {"type": "string"}, "amount": {"type": "number"}, "tags": {"type": "array", "items": {"type": "string"}}}}}}},
            "responses": ok}}
        paths[base + "/{id}"] = {
            "get": {"operationId": f"get{resource}", "parameters": [id_parameter], "responses": ok},
            "patch": {"operationId": f"rename{resource}", "parameters": [id_parameter], "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"name": {"type": "string"}}}}}}, "responses": ok},
            "delete": {"operationId": f"delete{resource}", "parameters": [id_parameter], "responses": {"204": {"description": "Deleted"}}},
        }
        paths[base + "/search"] = {"get": {"operationId": f"search{resource}", "parameters": [
            {"name": "term", "in": "query", "required": True, "schema": {"type": "string"}},
            {"name": "page", "in": "query", "required": True, "schema": {"type": "integer"}}], "responses": ok}}
        paths[base + "/count"] = {"get": {"operationId": f"count{resource}", "responses": {"200": {"description": "OK", "content": {"text/plain": {"schema": {"type": "integer"}}}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": f"{provider} service", "version": "1.0.0"},
        "security": [{"bearer": []}],
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "paths": paths,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output")
    parser.add_argument("--providers", type=int, default=6)
    parser.add_argument("--resources", type=int, default=12)
    options = parser.parse_args()
    if not 1 <= options.providers <= len(PROVIDERS) or not 1 <= options.resources <= len(VERBS):
        parser.error(f"--providers must be 1-{len(PROVIDERS)} and --resources 1-{len(VERBS)}")

    output = Path(options.output).resolve()
    providers, resources = PROVIDERS[:options.providers], VERBS[:options.resources]
    source = output / "src"
    source.mkdir(parents=True, exist_ok=True)
    index = 0
    for provider in providers:
        for resource in resources:
            index += 1
            folder = source / provider
            folder.mkdir(exist_ok=True)
            (folder / f"{resource}Client.cs").write_text(client_code(provider, resource, index))
    (source / "ShopClientRegistrations.cs").write_text(registration_code(providers, resources))
    arguments = []
    for provider in providers:
        file = output / f"openapi-{kebab(provider)}.json"
        file.write_text(json.dumps(document(provider, resources), indent=2) + "\n")
        arguments.append(f"--provider-document {file}={provider}=Services:{provider}")
    print(" ".join(arguments))


if __name__ == "__main__":
    main()
