-- from inference | where model == 'v2' | group by segment | select segment, value = average_precision(label, score, weight_property: weight)

SELECT "segment" AS "segment",
       CASE WHEN (coalesce(fsum("weight") FILTER (WHERE (((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) AND ("label" = $1))), CAST(0 AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (fsum(("weight" * ("__evalq_row_0" / "__evalq_row_1"))) FILTER (WHERE (((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) AND ("label" = $1))) / coalesce(fsum("weight") FILTER (WHERE (((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) AND ("label" = $1))), CAST(0 AS DOUBLE))) END AS "value",
       CASE WHEN (coalesce(fsum("weight") FILTER (WHERE (((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) AND ("label" = $1))), CAST(0 AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN $2 END AS "__evalq_undefined_0"
FROM (
  SELECT *,
         sum(CASE WHEN ("label" = $1) THEN "weight" ELSE CAST(0 AS DOUBLE) END) OVER (PARTITION BY "segment", ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) ORDER BY "score" DESC NULLS LAST) AS "__evalq_row_0",
         sum("weight") OVER (PARTITION BY "segment", ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) ORDER BY "score" DESC NULLS LAST) AS "__evalq_row_1"
  FROM read_parquet($3)
  WHERE ("model" = $4)
) AS "rows0"
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 1 (BIGINT)
-- $2 = 'no row of the positive class in the ground truth'
-- $3 = <data>
-- $4 = 'v2'
