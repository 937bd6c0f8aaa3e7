using BitMiracle.LibTiff.Classic;
using MimeKit;
using UglyToad.PdfPig;

namespace Router.Channels.Fax;

/// <summary>Counts the pages of a fax document: a PDF (PdfPig) or a TIFF (LibTiff, one directory per page).</summary>
internal static class FaxPages
{
    // A TIFF whose directories point back at each other would otherwise be counted for ever.
    private const int MaxPages = 10_000;

    static FaxPages() => Tiff.SetErrorHandler(new QuietTiffErrors());

    /// <summary>True when the part may be a fax document (by type or name); its content decides.</summary>
    public static bool MayBeDocument(MimePart part)
    {
        var type = part.ContentType.MimeType.ToLowerInvariant();
        var name = part.FileName?.ToLowerInvariant() ?? "";
        return type is "application/pdf" or "image/tiff" or "image/tif" or "image/x-tiff" or "application/octet-stream"
            || name.EndsWith(".pdf", StringComparison.Ordinal) || name.EndsWith(".tif", StringComparison.Ordinal) || name.EndsWith(".tiff", StringComparison.Ordinal);
    }

    /// <summary>The page count of a PDF or TIFF document; null when the bytes are neither or cannot be read.</summary>
    public static int? Count(byte[] document)
    {
        try
        {
            return document switch
            {
                [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => CountPdf(document),
                [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => CountTiff(document),
                _ => null,
            };
        }
#pragma warning disable CA1031 // a corrupt document from a gateway costs its page count, never the fax
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>The decoded bytes of a part.</summary>
    public static byte[] Bytes(MimePart part)
    {
        using var bytes = new MemoryStream();
        part.Content?.DecodeTo(bytes);
        return bytes.ToArray();
    }

    private static int? CountPdf(byte[] document)
    {
        using var pdf = PdfDocument.Open(document);
        return pdf.NumberOfPages > 0 ? pdf.NumberOfPages : null;
    }

    private static int? CountTiff(byte[] document)
    {
        using var stream = new MemoryStream(document, writable: false);
        using var tiff = Tiff.ClientOpen("fax", "r", stream, new TiffStream());
        if (tiff is null)
        {
            return null;
        }

        var pages = 1;
        while (pages < MaxPages && tiff.ReadDirectory())
        {
            pages++;
        }

        return pages;
    }

    // LibTiff writes problems to the console by default; a broken document is reported as "pages unknown" instead.
    private sealed class QuietTiffErrors : TiffErrorHandler
    {
        public override void ErrorHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }

        public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
        {
        }

        public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
        {
        }
    }
}
