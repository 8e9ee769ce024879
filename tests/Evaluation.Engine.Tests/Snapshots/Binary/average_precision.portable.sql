-- from inference | select value = average_precision(label, score)

SELECT CASE WHEN (CAST(count_star() FILTER (WHERE ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND ("label" = $1))) AS DOUBLE) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (fsum((CAST("__evalq_row_0" AS DOUBLE) / CAST("__evalq_row_1" AS DOUBLE))) FILTER (WHERE ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND ("label" = $1))) / CAST(count_star() FILTER (WHERE ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND ("label" = $1))) AS DOUBLE)) END AS "value",
       CASE WHEN (CAST(count_star() FILTER (WHERE ((("label" IS NOT NULL) AND (NOT isnan("score"))) AND ("label" = $1))) AS DOUBLE) = CAST(0 AS DOUBLE)) THEN $2 END AS "__evalq_undefined_0"
FROM (
  SELECT *,
         sum(CASE WHEN ("label" = $1) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END) OVER (PARTITION BY (("label" IS NOT NULL) AND (NOT isnan("score"))) ORDER BY "score" DESC NULLS LAST) AS "__evalq_row_0",
         count_star() OVER (PARTITION BY (("label" IS NOT NULL) AND (NOT isnan("score"))) ORDER BY "score" DESC NULLS LAST) AS "__evalq_row_1"
  FROM read_parquet($3)
) AS "rows0"

-- $1 = 1 (BIGINT)
-- $2 = 'no row of the positive class in the ground truth'
-- $3 = <data>
