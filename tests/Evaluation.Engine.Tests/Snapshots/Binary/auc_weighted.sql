-- from inference | select value = auc(label, score, weight_property: weight)

SELECT CASE WHEN isnan(evalq_auc_weighted("score", "label", "weight")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_auc_weighted("score", "label", "weight") END AS "value",
       CASE WHEN isnan(evalq_auc_weighted("score", "label", "weight")) THEN $1 END AS "__evalq_undefined_0"
FROM read_parquet($2)

-- $1 = 'only one class is present in the ground truth, and AUC needs both'
-- $2 = <data>
