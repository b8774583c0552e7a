using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsDsl.Generator.Tests.TestKit;

/// <summary>An additional file held in memory, as the compiler would hand a .news file to the generator.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        Content = text;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public string Content { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
