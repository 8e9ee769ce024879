namespace Evaluation.Language.Catalog;

/// <summary>Object-detection metrics over lists of boxes (Arthur's <c>objects_detected</c> and <c>label</c>).</summary>
internal static class ObjectDetectionFunctions
{
    public static IEnumerable<FunctionDefinition> All => new[]
    {
        new FunctionDefinition("meanAveragePrecision", FunctionKind.Aggregate,
            "The mean, over the classes with a ground-truth box in the group, of each class's average precision of detections matched to ground-truth boxes at IoU ≥ threshold; threshold '0.5:0.95' averages it over IoU 0.50, 0.55, …, 0.95.")
        {
            Aliases = new[] { "mean_average_precision" },
            Parameters = new[]
            {
                new ParameterDefinition("threshold", ParameterType.Number,
                    "The least IoU (intersection over union) at which a detection matches a ground-truth box, or '0.5:0.95' for the COCO range.")
                {
                    Required = true,
                    Min = 0,
                    Max = 1,
                    EnumValues = new[] { "0.5:0.95" },
                },
                new ParameterDefinition("predicted_property", ParameterType.Column,
                    "The list column of detected boxes (class_id, confidence, top_left_x, top_left_y, width, height).")
                {
                    Default = "objects_detected",
                },
                new ParameterDefinition("ground_truth_property", ParameterType.Column, "The list column of ground-truth boxes.")
                {
                    Default = "label",
                },
                new ParameterDefinition("matching", ParameterType.Enum,
                    "coco: each detection, by descending confidence, takes the unmatched ground-truth box of its class with the highest IoU ≥ threshold; voc: it takes the highest-IoU box overall and is a true positive only if that box is unmatched and IoU ≥ threshold.")
                {
                    Default = "'coco'",
                    EnumValues = new[] { "coco", "voc" },
                },
                new ParameterDefinition("interpolation", ParameterType.Enum,
                    "all_point: precision made monotone from the right, summed over recall steps; 101_point: COCO's mean precision at recall 0, 0.01, …, 1.")
                {
                    Default = "'all_point'",
                    EnumValues = new[] { "all_point", "101_point" },
                },
            },
            Tasks = TaskKinds.ObjectDetection,
            Direction = MetricDirection.Max,
        },
    };
}
