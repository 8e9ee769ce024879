-- from inference | group by segment | select segment, value = auc(label, score)

SELECT "segment" AS "segment",
       CASE WHEN isnan(evalq_auc("score", "label")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_auc("score", "label") END AS "value",
       CASE WHEN isnan(evalq_auc("score", "label")) THEN $1 END AS "__evalq_undefined_0"
FROM read_parquet($2)
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 'only one class is present in the ground truth, and AUC needs both'
-- $2 = <data>
