-- from inference | where model == 'v2' | group by segment | select segment, value = average_precision(label, score, weight_property: weight)

SELECT "segment" AS "segment",
       CASE WHEN isnan(evalq_average_precision_weighted("score", "label", "weight")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_average_precision_weighted("score", "label", "weight") END AS "value",
       CASE WHEN isnan(evalq_average_precision_weighted("score", "label", "weight")) THEN $1 END AS "__evalq_undefined_0"
FROM read_parquet($2)
WHERE ("model" = $3)
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 'no row of the positive class in the ground truth'
-- $2 = <data>
-- $3 = 'v2'
