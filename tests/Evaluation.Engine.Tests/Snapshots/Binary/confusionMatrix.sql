-- from inference | select value = confusionMatrix(label, score, threshold: 0.5)

SELECT {'true_positive': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" = $1)) AND ("score" >= $2))), 'false_positive': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))), 'true_negative': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))), 'false_negative': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" = $1)) AND ("score" < $2)))} AS "value"
FROM read_parquet($3)

-- $1 = 1 (BIGINT)
-- $2 = 0.5 (DOUBLE)
-- $3 = <data>
