-- from inference | select value = confusionMatrix(label, score, threshold: 0.5, weight_property: weight)

SELECT {'true_positive': coalesce(evalq_sum("weight") FILTER (WHERE (("__evalq_present_0" AND ("label" = $1)) AND ("score" >= $2))), CAST(0 AS DOUBLE)), 'false_positive': coalesce(evalq_sum("weight") FILTER (WHERE (("__evalq_present_0" AND ("label" <> $1)) AND ("score" >= $2))), CAST(0 AS DOUBLE)), 'true_negative': coalesce(evalq_sum("weight") FILTER (WHERE (("__evalq_present_0" AND ("label" <> $1)) AND ("score" < $2))), CAST(0 AS DOUBLE)), 'false_negative': coalesce(evalq_sum("weight") FILTER (WHERE (("__evalq_present_0" AND ("label" = $1)) AND ("score" < $2))), CAST(0 AS DOUBLE))} AS "value"
FROM (
  SELECT *,
         ((NOT isnan("score")) AND (NOT isnan("weight"))) AS "__evalq_present_0"
  FROM read_parquet($3)
) AS "rows0"

-- $1 = 1 (BIGINT)
-- $2 = 0.5 (DOUBLE)
-- $3 = <data>
