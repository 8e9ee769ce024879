-- from inference | select value = auc(label, score, weight_property: weight)

SELECT CASE WHEN ((coalesce(fsum("weight") FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))), CAST(0 AS DOUBLE)) = CAST(0 AS DOUBLE)) OR (coalesce(fsum("weight") FILTER (WHERE ("__evalq_present_0" AND ("label" <> $1))), CAST(0 AS DOUBLE)) = CAST(0 AS DOUBLE))) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(0.5 AS DOUBLE) + ((fsum(("weight" * "__evalq_row_1")) FILTER (WHERE ("__evalq_present_0" AND ("label" <> $1))) - fsum(("weight" * "__evalq_row_0")) FILTER (WHERE ("__evalq_present_0" AND ("label" = $1)))) / (CAST(2 AS DOUBLE) * (coalesce(fsum("weight") FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))), CAST(0 AS DOUBLE)) * coalesce(fsum("weight") FILTER (WHERE ("__evalq_present_0" AND ("label" <> $1))), CAST(0 AS DOUBLE)))))) END AS "value",
       CASE WHEN ((coalesce(fsum("weight") FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))), CAST(0 AS DOUBLE)) = CAST(0 AS DOUBLE)) OR (coalesce(fsum("weight") FILTER (WHERE ("__evalq_present_0" AND ("label" <> $1))), CAST(0 AS DOUBLE)) = CAST(0 AS DOUBLE))) THEN $2 END AS "__evalq_undefined_0"
FROM (
  SELECT *,
         sum(CASE WHEN ("label" <> $1) THEN "weight" ELSE CAST(0 AS DOUBLE) END) OVER (PARTITION BY ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) ORDER BY "score" DESC NULLS LAST) AS "__evalq_row_0",
         sum(CASE WHEN ("label" = $1) THEN "weight" ELSE CAST(0 AS DOUBLE) END) OVER (PARTITION BY ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) ORDER BY "score" DESC NULLS LAST) AS "__evalq_row_1",
         ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND (NOT isnan("weight"))) AS "__evalq_present_0"
  FROM read_parquet($3)
) AS "rows0"

-- $1 = 1 (BIGINT)
-- $2 = 'only one class is present in the ground truth, and AUC needs both'
-- $3 = <data>
