-- from inference | select value = auc(label, score)

SELECT CASE WHEN isnan(evalq_auc("score", "label")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_auc("score", "label") END AS "value",
       CASE WHEN isnan(evalq_auc("score", "label")) THEN $1 END AS "__evalq_undefined_0"
FROM read_parquet($2)

-- $1 = 'only one class is present in the ground truth, and AUC needs both'
-- $2 = <data>
