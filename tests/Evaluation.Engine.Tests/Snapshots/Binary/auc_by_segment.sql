-- from inference | group by segment | select segment, value = auc(label, score)

SELECT "segment" AS "segment",
       CASE WHEN (((min("label") < 0) OR (max("label") > 1)) OR isnan(evalq_auc("score", ("label" = $1)))) THEN CAST('NaN' AS DOUBLE) ELSE evalq_auc("score", ("label" = $1)) END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $2 WHEN isnan(evalq_auc("score", ("label" = $1))) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 1 (BIGINT)
-- $2 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $3 = 'only one class is present in the ground truth, and AUC needs both'
-- $4 = <data>
