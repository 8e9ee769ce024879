-- from inference | select value = auc(label, score, weight_property: weight)

SELECT CASE WHEN (((min("label") < 0) OR (max("label") > 1)) OR isnan(evalq_auc_weighted("score", ("label" = $1), "weight"))) THEN CAST('NaN' AS DOUBLE) ELSE evalq_auc_weighted("score", ("label" = $1), "weight") END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $2 WHEN isnan(evalq_auc_weighted("score", ("label" = $1), "weight")) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)

-- $1 = 1 (BIGINT)
-- $2 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $3 = 'only one class is present in the ground truth, and AUC needs both'
-- $4 = <data>
