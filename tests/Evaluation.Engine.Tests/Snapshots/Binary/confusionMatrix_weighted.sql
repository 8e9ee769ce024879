-- from inference | select value = confusionMatrix(label, score, threshold: 0.5, weight_property: weight)

SELECT CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN NULL ELSE {'true_positive': coalesce(evalq_sum("weight") FILTER (WHERE ((((NOT isnan("score")) AND (NOT isnan("weight"))) AND ("label" = $1)) AND ("score" >= $2))), CAST(0 AS DOUBLE)), 'false_positive': coalesce(evalq_sum("weight") FILTER (WHERE ((((NOT isnan("score")) AND (NOT isnan("weight"))) AND ("label" <> $1)) AND ("score" >= $2))), CAST(0 AS DOUBLE)), 'true_negative': coalesce(evalq_sum("weight") FILTER (WHERE ((((NOT isnan("score")) AND (NOT isnan("weight"))) AND ("label" <> $1)) AND ("score" < $2))), CAST(0 AS DOUBLE)), 'false_negative': coalesce(evalq_sum("weight") FILTER (WHERE ((((NOT isnan("score")) AND (NOT isnan("weight"))) AND ("label" = $1)) AND ("score" < $2))), CAST(0 AS DOUBLE))} END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)

-- $1 = 1 (BIGINT)
-- $2 = 0.5 (DOUBLE)
-- $3 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $4 = <data>
