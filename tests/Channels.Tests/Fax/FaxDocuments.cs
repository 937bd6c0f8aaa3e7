using BitMiracle.LibTiff.Classic;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Router.Channels.Tests.Fax;

/// <summary>Real, small fax documents made in code: PDFs with PdfPig, multi-page bilevel TIFFs with LibTiff.</summary>
internal static class FaxDocuments
{
    public static byte[] Pdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            builder.AddPage(PageSize.A4).AddText($"Fax page {i}", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 720), font);
        }

        return builder.Build();
    }

    public static byte[] Tiff(int pages)
    {
        const int width = 64;
        const int height = 32;
        using var stream = new MemoryStream();
        using (var tiff = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("fax.tif", "w", stream, new TiffStream()))
        {
            var row = new byte[width / 8];
            for (var page = 0; page < pages; page++)
            {
                tiff.SetField(TiffTag.IMAGEWIDTH, width);
                tiff.SetField(TiffTag.IMAGELENGTH, height);
                tiff.SetField(TiffTag.BITSPERSAMPLE, 1);
                tiff.SetField(TiffTag.SAMPLESPERPIXEL, 1);
                tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.MINISWHITE);
                tiff.SetField(TiffTag.COMPRESSION, Compression.CCITTFAX4);
                tiff.SetField(TiffTag.ROWSPERSTRIP, height);
                tiff.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
                tiff.SetField(TiffTag.PAGENUMBER, page, pages);
                for (var y = 0; y < height; y++)
                {
                    row[y % row.Length] = 0xFF;
                    tiff.WriteScanline(row, y);
                }

                tiff.WriteDirectory();
            }
        }

        return stream.ToArray();
    }
}
