-- from inference | select value = falsePositiveRate(label, score, threshold: 0.5)

SELECT CASE WHEN (((min("label") < 0) OR (max("label") > 1)) OR ((CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))) AS DOUBLE)) = CAST(0 AS DOUBLE))) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) / (CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))) AS DOUBLE))) END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $3 WHEN ((CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN $4 END AS "__evalq_undefined_0"
FROM read_parquet($5)

-- $1 = 1 (BIGINT)
-- $2 = 0.5 (DOUBLE)
-- $3 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $4 = 'no row of the negative class in the ground truth'
-- $5 = <data>
