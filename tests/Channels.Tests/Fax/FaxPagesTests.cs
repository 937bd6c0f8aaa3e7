using System.Text;
using Router.Channels.Fax;

namespace Router.Channels.Tests.Fax;

public sealed class FaxPagesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Pdf_PagesAreCounted(int pages) => Assert.Equal(pages, FaxPages.Count(FaxDocuments.Pdf(pages)));

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void MultiPageTiff_EveryDirectoryIsAPage(int pages) => Assert.Equal(pages, FaxPages.Count(FaxDocuments.Tiff(pages)));

    [Fact]
    public void NeitherPdfNorTiff_HasNoPageCount() => Assert.Null(FaxPages.Count(Encoding.ASCII.GetBytes("GIF89a not a fax")));

    [Fact]
    public void EmptyDocument_HasNoPageCount() => Assert.Null(FaxPages.Count([]));

    [Fact]
    public void TruncatedTiff_HasNoPageCountAndDoesNotThrow()
    {
        var tiff = FaxDocuments.Tiff(2);
        Assert.Null(FaxPages.Count(tiff[..12]));
    }

    [Fact]
    public void PdfHeaderFollowedByGarbage_HasNoPageCountAndDoesNotThrow() =>
        Assert.Null(FaxPages.Count(Encoding.ASCII.GetBytes("%PDF-1.7\n this is no pdf at all \n%%EOF")));
}
