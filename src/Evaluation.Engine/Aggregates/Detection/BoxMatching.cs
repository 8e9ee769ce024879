namespace Evaluation.Engine.Aggregates.Detection;

/// <summary>How a detection is paired with a ground-truth box of its class in one image.</summary>
internal enum BoxMatching
{
    /// <summary>
    /// pycocotools: the still-unmatched ground-truth box with the highest IoU among those at or
    /// above the threshold; a false positive when there is none.
    /// </summary>
    Coco,

    /// <summary>
    /// PASCAL VOC: the ground-truth box with the highest IoU overall; a true positive only when
    /// that IoU is at or above the threshold and the box is still unmatched.
    /// </summary>
    Voc,
}
