-- from inference | where model == 'v2' | group by segment | select segment, value = average_precision(label, score, weight_property: weight)

SELECT "segment" AS "segment",
       CASE WHEN (((min("label") < 0) OR (max("label") > 1)) OR isnan(evalq_average_precision_weighted("score", ("label" = $1), "weight"))) THEN CAST('NaN' AS DOUBLE) ELSE evalq_average_precision_weighted("score", ("label" = $1), "weight") END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $2 WHEN isnan(evalq_average_precision_weighted("score", ("label" = $1), "weight")) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)
WHERE ("model" = $5)
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 1 (BIGINT)
-- $2 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $3 = 'no row of the positive class in the ground truth'
-- $4 = <data>
-- $5 = 'v2'
