-- from inference | select value = brier_score(label, score)

SELECT CASE WHEN ((CAST(count_star() FILTER (WHERE "__evalq_present_0") AS DOUBLE) = CAST(0 AS DOUBLE)) OR ((min("score") FILTER (WHERE "__evalq_present_0") < CAST(0 AS DOUBLE)) OR (max("score") FILTER (WHERE "__evalq_present_0") > CAST(1 AS DOUBLE)))) THEN CAST('NaN' AS DOUBLE) ELSE (evalq_sum((("score" - CASE WHEN ("label" = $1) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END) * ("score" - CASE WHEN ("label" = $1) THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END))) FILTER (WHERE "__evalq_present_0") / CAST(count_star() FILTER (WHERE "__evalq_present_0") AS DOUBLE)) END AS "value",
       CASE WHEN (CAST(count_star() FILTER (WHERE "__evalq_present_0") AS DOUBLE) = CAST(0 AS DOUBLE)) THEN $2 WHEN ((min("score") FILTER (WHERE "__evalq_present_0") < CAST(0 AS DOUBLE)) OR (max("score") FILTER (WHERE "__evalq_present_0") > CAST(1 AS DOUBLE))) THEN $3 END AS "__evalq_undefined_0"
FROM (
  SELECT *,
         (("label" IS NOT NULL) AND (NOT isnan("score"))) AS "__evalq_present_0"
  FROM read_parquet($4)
) AS "rows0"

-- $1 = 1 (BIGINT)
-- $2 = 'no row has both a ground truth and a score'
-- $3 = 'the scores are not all probabilities in [0, 1]'
-- $4 = <data>
