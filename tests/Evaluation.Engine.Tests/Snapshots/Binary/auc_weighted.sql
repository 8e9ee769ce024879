-- from inference | select value = auc(label, score, weight_property: weight)

SELECT CASE WHEN isnan(evalq_auc_weighted("score", ("label" = $1), "weight")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_auc_weighted("score", ("label" = $1), "weight") END AS "value",
       CASE WHEN isnan(evalq_auc_weighted("score", ("label" = $1), "weight")) THEN $2 END AS "__evalq_undefined_0"
FROM read_parquet($3)

-- $1 = 1 (BIGINT)
-- $2 = 'only one class is present in the ground truth, and AUC needs both'
-- $3 = <data>
