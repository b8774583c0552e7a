using System.Diagnostics;
using NewsDsl.Fuzz;
using NewsDsl.Language;
using NewsDsl.Language.Text;

// Usage: dotnet run -c Release --project tests/NewsDsl.Fuzz -- [--seconds N] [--seed N] [--corpus DIR]... [--out DIR] [--emit-every N]
// Every mutant goes through the parser, binder and rules; every Nth (default 25) also through the
// generator, whose output is compiled.
var seconds = 60;
var emitEvery = 25;
var seed = Environment.TickCount;
var corpusDirectories = new List<string>();
var output = Path.Combine("artifacts", "fuzz-crashes");
for (var a = 0; a < args.Length; a++)
{
    switch (args[a])
    {
        case "--seconds": seconds = int.Parse(args[++a]); break;
        case "--seed": seed = int.Parse(args[++a]); break;
        case "--corpus": corpusDirectories.Add(args[++a]); break;
        case "--out": output = args[++a]; break;
        case "--emit-every": emitEvery = int.Parse(args[++a]); break;
        default:
            Console.Error.WriteLine($"unknown option {args[a]}");
            return 2;
    }
}

if (corpusDirectories.Count == 0)
{
    corpusDirectories.Add(Path.Combine("tests", "NewsDsl.Language.Tests", "Conformance"));
    corpusDirectories.Add("samples");
}

var corpus = corpusDirectories
    .Where(Directory.Exists)
    .SelectMany(d => Directory.EnumerateFiles(d, "*.news", SearchOption.AllDirectories))
    .OrderBy(f => f, StringComparer.Ordinal)
    .Select(File.ReadAllText)
    .ToList();
if (corpus.Count == 0)
{
    Console.Error.WriteLine("no .news files in the corpus folders; run from the repository root or pass --corpus");
    return 2;
}

Console.WriteLine($"fuzzing {corpus.Count} seed files for {seconds}s, seed {seed}");
var random = new Random(seed);
var clock = Stopwatch.StartNew();
var runs = 0L;
var crashes = 0;
var slowest = TimeSpan.Zero;
var emitted = 0L;
var emitter = new EmitterProbe();
while (clock.Elapsed.TotalSeconds < seconds)
{
    var text = corpus[random.Next(corpus.Count)];
    var edits = random.Next(1, 10);
    for (var e = 0; e < edits; e++)
    {
        text = ArticleMutator.Mutate(text, random);
    }

    var one = Stopwatch.StartNew();
    try
    {
        var result = NewsChecker.Check(NewsText.From(text, "fuzz.news"));
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Span.End > text.Length || diagnostic.Span.Start < 0)
            {
                throw new InvalidOperationException($"{diagnostic.Id} span {diagnostic.Span} is outside the text");
            }
        }

        if (emitEvery > 0 && runs % emitEvery == 0 && text.Length < 100_000)
        {
            emitted++;
            if (emitter.Probe(text) is { } failure)
            {
                throw new InvalidOperationException(failure);
            }
        }
    }
    catch (Exception exception)
    {
        crashes++;
        Directory.CreateDirectory(output);
        var name = Path.Combine(output, $"crash-{seed}-{runs}");
        File.WriteAllText(name + ".news", text, new System.Text.UTF8Encoding(false, false));
        File.WriteAllText(name + ".txt", exception.ToString());
        Console.WriteLine($"CRASH {exception.GetType().Name}: {exception.Message} -> {name}.news");
    }

    if (one.Elapsed > slowest)
    {
        slowest = one.Elapsed;
    }

    if (crashes > 20)
    {
        break;
    }

    // A crash corpus grows from what survives: keep some mutants as new seeds.
    if (random.Next(64) == 0 && text.Length < 200_000)
    {
        corpus.Add(text);
    }

    runs++;
}

Console.WriteLine($"{runs} runs ({emitted} through the generator and compiler), {crashes} crashes, slowest single check {slowest.TotalMilliseconds:F1} ms");
return crashes == 0 ? 0 : 1;
