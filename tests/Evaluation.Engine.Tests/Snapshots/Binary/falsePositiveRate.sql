-- from inference | select value = falsePositiveRate(label, score, threshold: 0.5)

SELECT CASE WHEN ((CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) / (CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))) AS DOUBLE))) END AS "value",
       CASE WHEN ((CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)

-- $1 = 1 (BIGINT)
-- $2 = 0.5 (DOUBLE)
-- $3 = 'no row of the negative class in the ground truth'
-- $4 = <data>
