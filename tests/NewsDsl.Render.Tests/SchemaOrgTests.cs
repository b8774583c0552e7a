using System.Text.Json;
using NewsDsl.Language.Semantics;

namespace NewsDsl.Render.Tests;

/// <summary>
/// The JSON-LD is checked against the schema.org terms it uses: every @type is a known type, every
/// property is one schema.org defines on that type (or a supertype), and every nested node's type is
/// in the property's range. The table below is copied by hand from the schema.org definitions.
/// </summary>
public class SchemaOrgTests
{
    // type -> supertype (schema.org's rdfs:subClassOf)
    private static readonly Dictionary<string, string?> s_types = new(StringComparer.Ordinal)
    {
        ["Thing"] = null,
        ["CreativeWork"] = "Thing",
        ["Article"] = "CreativeWork",
        ["NewsArticle"] = "Article",
        ["Quotation"] = "CreativeWork",
        ["Claim"] = "CreativeWork",
        ["Person"] = "Thing",
        ["Organization"] = "Thing",
    };

    // property -> (domainIncludes, rangeIncludes)
    private static readonly Dictionary<string, (string[] Domain, string[] Range)> s_properties = new(StringComparer.Ordinal)
    {
        ["name"] = (new[] { "Thing" }, new[] { "Text" }),
        ["description"] = (new[] { "Thing" }, new[] { "Text", "TextObject" }),
        ["identifier"] = (new[] { "Thing" }, new[] { "Text", "URL", "PropertyValue" }),
        ["headline"] = (new[] { "CreativeWork" }, new[] { "Text" }),
        ["alternativeHeadline"] = (new[] { "CreativeWork" }, new[] { "Text" }),
        ["articleSection"] = (new[] { "Article" }, new[] { "Text" }),
        ["datePublished"] = (new[] { "CreativeWork" }, new[] { "Date", "DateTime" }),
        ["author"] = (new[] { "CreativeWork", "Rating" }, new[] { "Organization", "Person" }),
        ["hasPart"] = (new[] { "CreativeWork" }, new[] { "CreativeWork" }),
        ["text"] = (new[] { "CreativeWork" }, new[] { "Text" }),
        ["spokenByCharacter"] = (new[] { "Quotation" }, new[] { "Organization", "Person" }),
        ["creator"] = (new[] { "CreativeWork", "UserComments" }, new[] { "Organization", "Person" }),
        ["isBasedOn"] = (new[] { "CreativeWork" }, new[] { "CreativeWork", "Product", "URL" }),
        ["appearance"] = (new[] { "Claim" }, new[] { "CreativeWork" }),
        ["creativeWorkStatus"] = (new[] { "CreativeWork" }, new[] { "DefinedTerm", "Text" }),
        ["jobTitle"] = (new[] { "Person" }, new[] { "DefinedTerm", "Text" }),
    };

    [Theory]
    [InlineData(Articles.SeedFile)]
    [InlineData(Articles.HostileFile)]
    public void Every_type_and_property_is_schema_org_vocabulary_used_on_its_domain(string file)
    {
        var model = Articles.Check(file).Model;
        using var json = JsonDocument.Parse(SchemaOrg.ToJson(model));
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        var nodes = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(root, nodes);
        var checkedProperties = new HashSet<string>(StringComparer.Ordinal);
        Check(root, nodes, checkedProperties);
        Assert.Contains("spokenByCharacter", checkedProperties);
        Assert.Contains("appearance", checkedProperties);
    }

    [Fact]
    public void The_seed_becomes_a_news_article_with_its_quotations_and_attributed_claims()
    {
        var model = Articles.Check(Articles.SeedFile).Model;
        using var json = JsonDocument.Parse(SchemaOrg.ToJson(model));
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(model.Metadata.Headline, root.GetProperty("headline").GetString());
        Assert.Equal("2020-01-08T05:55:00+00:00", root.GetProperty("datePublished").GetString());
        Assert.False(root.TryGetProperty("author", out _)); // the seed has no byline

        var parts = root.GetProperty("hasPart").EnumerateArray().ToList();
        var quotations = parts.Where(p => p.GetProperty("@type").GetString() == "Quotation").ToList();
        var claims = parts.Where(p => p.GetProperty("@type").GetString() == "Claim").ToList();
        Assert.Equal(model.Quotes.Select(q => q.Text), quotations.Select(q => q.GetProperty("text").GetString()));
        Assert.Equal(model.Claims.Where(c => c.Source is not null).Select(c => c.Text), claims.Select(c => c.GetProperty("text").GetString()));

        var zarif = quotations.First(q => q.GetProperty("text").GetString()!.StartsWith("Iran took", StringComparison.Ordinal)).GetProperty("spokenByCharacter");
        Assert.Equal("Person", zarif.GetProperty("@type").GetString());
        Assert.Equal("Mohammad Javad Zarif", zarif.GetProperty("name").GetString());
        Assert.Equal("Foreign Minister of Iran", zarif.GetProperty("jobTitle").GetString());

        var irgcClaim = claims.First().GetProperty("author");
        Assert.Equal("Organization", irgcClaim.GetProperty("@type").GetString());
        Assert.Equal(root.GetProperty("@id").GetString(), claims.First().GetProperty("appearance").GetProperty("@id").GetString());
    }

    [Fact]
    public void Media_quotations_have_a_creator_documents_are_a_basis_and_bylines_become_authors()
    {
        var result = Articles.CheckText("---\nid: a\nheadline: H\nbyline: By Jane Doe and John Roe\n---\n\n@source tv media name=\"TV\"\n@source report document name=\"The report\"\n\n“One,”{@tv} and “two”{@report} and [three]{@report}.\n");
        using var json = JsonDocument.Parse(SchemaOrg.ToJson(result.Model));
        var root = json.RootElement;
        Assert.Equal(new[] { "Jane Doe", "John Roe" }, root.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var parts = root.GetProperty("hasPart").EnumerateArray().ToList();
        Assert.Equal("Organization", parts[0].GetProperty("creator").GetProperty("@type").GetString());
        Assert.Equal("CreativeWork", parts[1].GetProperty("isBasedOn").GetProperty("@type").GetString());
        Assert.Equal("The report", parts[2].GetProperty("isBasedOn").GetProperty("name").GetString());
        Assert.False(parts[2].TryGetProperty("author", out _));
    }

    [Fact]
    public void Text_that_closes_a_script_cannot_leave_the_json_ld_block()
    {
        var model = Articles.Check(Articles.HostileFile).Model;
        var json = SchemaOrg.ToJson(model, indented: false);
        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(model.Metadata.Headline, parsed.RootElement.GetProperty("headline").GetString());
        var page = ReviewPage.Render(Articles.Check(Articles.HostileFile));
        Assert.Contains(json, page);
    }

    private static void Collect(JsonElement element, Dictionary<string, string> nodes)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("@id", out var id) && element.TryGetProperty("@type", out var type))
            {
                nodes[id.GetString()!] = type.GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, nodes);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, nodes);
            }
        }
    }

    private static void Check(JsonElement node, Dictionary<string, string> nodes, HashSet<string> used)
    {
        var type = node.GetProperty("@type").GetString()!;
        Assert.True(s_types.ContainsKey(type), $"@type '{type}' is not in the vocabulary list");
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name.StartsWith('@'))
            {
                continue;
            }

            Assert.True(s_properties.TryGetValue(property.Name, out var definition), $"'{property.Name}' is not in the vocabulary list");
            Assert.True(definition.Domain.Any(d => IsA(type, d)), $"'{property.Name}' is not defined on {type}");
            used.Add(property.Name);
            var values = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : new List<JsonElement> { property.Value };
            foreach (var value in values)
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    Assert.True(definition.Range.Intersect(new[] { "Text", "Date", "DateTime", "URL" }).Any(), $"'{property.Name}' does not take text");
                    continue;
                }

                Assert.Equal(JsonValueKind.Object, value.ValueKind);
                var valueType = value.TryGetProperty("@type", out var t) ? t.GetString()! : nodes[value.GetProperty("@id").GetString()!];
                Assert.True(definition.Range.Any(r => IsA(valueType, r)), $"'{property.Name}' cannot hold a {valueType}");
                if (value.TryGetProperty("@type", out _))
                {
                    Check(value, nodes, used);
                }
            }
        }
    }

    private static bool IsA(string type, string ancestor)
    {
        for (string? t = type; t is not null; t = s_types.GetValueOrDefault(t))
        {
            if (t == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
