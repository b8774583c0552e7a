using System.Security.Cryptography;
using System.Text;

namespace NewsDsl.Render.Tests;

/// <summary>
/// Pins the exact bytes of the rendered seed and hostile pages (SHA-256 of their UTF-8), so work on
/// the renderer's speed cannot change a page's content, its encoding or its CSP hashes unnoticed.
/// A deliberate change to the page updates these hashes in the same commit.
/// </summary>
public sealed class PageBytesTests
{
    [Theory]
    [InlineData(Articles.SeedFile, "A5A378557588A221D70A8049F5B59CFD98BB2BC206BE4908CDC8DCDE5087A7DD")]
    [InlineData(Articles.HostileFile, "93D05E4E1ADD9BD2D9F27757807B2DA2C0EF561A83BE8540384FDB0CE082B6DB")]
    public void Rendered_page_is_byte_identical_to_the_pinned_one(string file, string expectedSha256)
    {
        var page = ReviewPage.Render(Articles.Check(file), file);

        Assert.Equal(expectedSha256, Sha256(page));
    }

    [Theory]
    [InlineData(Articles.SeedFile)]
    [InlineData(Articles.HostileFile)]
    public void Writing_the_page_gives_the_same_bytes_as_rendering_it(string file)
    {
        var result = Articles.Check(file);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1024, leaveOpen: true))
        {
            ReviewPage.Write(result, writer, file);
        }

        Assert.Equal(ReviewPage.Render(result, file), Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Sha256(string page) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(page)));
}
