-- from inference | where model == 'v2' | group by segment | select segment, value = average_precision(label, score, weight_property: weight)

SELECT "segment" AS "segment",
       CASE WHEN isnan(evalq_average_precision_weighted("score", ("label" = $1), "weight")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_average_precision_weighted("score", ("label" = $1), "weight") END AS "value",
       CASE WHEN isnan(evalq_average_precision_weighted("score", ("label" = $1), "weight")) THEN $2 END AS "__evalq_undefined_0"
FROM read_parquet($3)
WHERE ("model" = $4)
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 1 (BIGINT)
-- $2 = 'no row of the positive class in the ground truth'
-- $3 = <data>
-- $4 = 'v2'
