using MediaSuite.Domain.Library;

namespace MediaSuite.Infrastructure.Tags.Xiph;

/// <summary>
/// Keeps the picture a file should be shown with: the first front cover, else the first picture.
/// Readers ask <see cref="Wants"/> before reading picture bytes so a back cover's bytes are not read for nothing.
/// </summary>
internal sealed class PictureChoice
{
    public const int FrontCover = 3;

    public EmbeddedPicture? Best { get; private set; }

    public bool Wants(int pictureType) => Best is null || (!Best.IsFrontCover && pictureType == FrontCover);

    public void Offer(EmbeddedPicture picture)
    {
        if (Wants(picture.PictureType)) Best = picture;
    }
}
