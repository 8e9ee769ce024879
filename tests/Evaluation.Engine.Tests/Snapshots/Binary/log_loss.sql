-- from inference | select value = log_loss(label, score)

SELECT CASE WHEN (CAST(count_star() FILTER (WHERE "__evalq_present_0") AS DOUBLE) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (evalq_sum((-ln(CASE WHEN ("label" = $1) THEN greatest(least("score", CAST(0.9999999999999998 AS DOUBLE)), CAST(2.220446049250313E-16 AS DOUBLE)) ELSE (CAST(1 AS DOUBLE) - greatest(least("score", CAST(0.9999999999999998 AS DOUBLE)), CAST(2.220446049250313E-16 AS DOUBLE))) END))) FILTER (WHERE "__evalq_present_0") / CAST(count_star() FILTER (WHERE "__evalq_present_0") AS DOUBLE)) END AS "value",
       CASE WHEN (CAST(count_star() FILTER (WHERE "__evalq_present_0") AS DOUBLE) = CAST(0 AS DOUBLE)) THEN $2 END AS "__evalq_undefined_0"
FROM (
  SELECT *,
         (("label" IS NOT NULL) AND (NOT isnan("score"))) AS "__evalq_present_0"
  FROM read_parquet($3)
) AS "rows0"

-- $1 = 1 (BIGINT)
-- $2 = 'no row has both a ground truth and a score'
-- $3 = <data>
