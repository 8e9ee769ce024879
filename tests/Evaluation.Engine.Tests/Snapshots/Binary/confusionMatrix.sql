-- from inference | select value = confusionMatrix(label, score, threshold: 0.5)

SELECT CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN NULL ELSE {'true_positive': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" = $1)) AND ("score" >= $2))), 'false_positive': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" >= $2))), 'true_negative': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" <> $1)) AND ("score" < $2))), 'false_negative': count_star() FILTER (WHERE (((NOT isnan("score")) AND ("label" = $1)) AND ("score" < $2)))} END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)

-- $1 = 1 (BIGINT)
-- $2 = 0.5 (DOUBLE)
-- $3 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $4 = <data>
