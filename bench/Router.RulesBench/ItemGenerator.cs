using System.Text;
using System.Text.Json.Nodes;
using Router.Channels;
using Router.Items;
using static Router.RulesBench.Vocabulary;

namespace Router.RulesBench;

/// <summary>An inbound message, its facts as intake builds them, and whether it was made to match no rule.</summary>
internal sealed record GeneratedItem(InboundMessage Message, JsonObject Facts, bool FallThrough);

/// <summary>
/// Makes inbound messages like the API receives: attributes parsed from JSON text (as request bodies are), subjects
/// and 150-400 character texts that name an issue and a product or not. Fall-through items carry a product, region
/// and words no rule names and no campaign or vip flag, so every rule is tried and fails.
/// </summary>
internal static class ItemGenerator
{
    private static readonly string[] PlainSubjects = ["Question", "Hello", "Follow-up on my request", "Account question", ""];

    public static GeneratedItem[] Generate(int seed, int count, double fallThrough)
    {
        var random = new Random(seed);
        var items = new GeneratedItem[count];
        for (var i = 0; i < count; i++)
        {
            var plain = random.NextDouble() < fallThrough;
            var message = plain ? Plain(random, i) : Typical(random, i);
            items[i] = new GeneratedItem(message, ItemFacts.From(message), plain);
        }

        return items;
    }

    private static InboundMessage Typical(Random random, int index)
    {
        var product = random.Pick(Products);
        var issue = random.Pick(Issues);
        var subject = random.Next(10) < 6 ? $"{char.ToUpperInvariant(issue[0])}{issue[1..]} on my {product}" : random.Pick(PlainSubjects);
        var text = Text(random, random.Next(2) == 0 ? [issue, product] : [product]);
        var attributes = new JsonObject
        {
            ["customer"] = new JsonObject { ["id"] = $"cus-{random.Next(1_000_000)}", ["tier"] = random.Pick(Tiers), ["segment"] = random.Pick(Segments) },
            ["language"] = random.Next(10) < 6 ? "en" : random.Pick(Languages),
            ["region"] = random.Pick(Regions),
            ["product"] = product,
            ["accountAgeDays"] = random.Next(0, 3650),
            ["openTickets"] = random.Next(0, 7),
            ["nps"] = random.Next(0, 11),
        };
        if (random.Next(5) == 0)
        {
            attributes["campaign"] = random.Pick(Campaigns);
        }

        if (random.Next(20) == 0)
        {
            attributes["vip"] = true;
        }

        return Message(random, index, subject, text, attributes);
    }

    private static InboundMessage Plain(Random random, int index)
    {
        var attributes = new JsonObject
        {
            ["customer"] = new JsonObject { ["id"] = $"cus-{random.Next(1_000_000)}", ["tier"] = random.Pick(Tiers), ["segment"] = random.Pick(Segments) },
            ["language"] = random.Pick(Languages),
            ["region"] = "r99",
            ["product"] = "legacy-pbx",
            ["accountAgeDays"] = random.Next(0, 3650),
            ["openTickets"] = random.Next(0, 7),
            ["nps"] = random.Next(0, 11),
        };
        return Message(random, index, random.Pick(PlainSubjects), Text(random, []), attributes);
    }

    private static InboundMessage Message(Random random, int index, string subject, string text, JsonObject attributes)
    {
        var contact = new JsonObject { ["name"] = $"Customer {index}", ["email"] = $"c{index}@example.com" };

        // Round-trip through JSON text: request bodies reach the rules as parsed nodes, not as C#-built values.
        return new InboundMessage(random.PickChannel(), $"bench-{index}", Parse(contact), subject, text, Parse(attributes));
    }

    private static JsonObject Parse(JsonObject built) => JsonNode.Parse(built.ToJsonString())!.AsObject();

    private static string Text(Random random, string[] mentions)
    {
        var length = random.Next(150, 400);
        var text = new StringBuilder(length + 40);
        var next = 0;
        while (text.Length < length)
        {
            // Mentions go at random places, not all at the start, so regexes scan a realistic distance.
            var word = next < mentions.Length && random.Next(8) == 0 ? mentions[next++] : random.Pick(Filler);
            text.Append(word).Append(random.Next(12) == 0 ? ". " : " ");
        }

        return text.ToString().TrimEnd();
    }
}
