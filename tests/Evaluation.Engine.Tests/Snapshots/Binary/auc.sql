-- from inference | select value = auc(label, score)

SELECT CASE WHEN isnan(evalq_auc_counted("__evalq_score", "__evalq_positives_0", "__evalq_rows_1")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_auc_counted("__evalq_score", "__evalq_positives_0", "__evalq_rows_1") END AS "value",
       CASE WHEN isnan(evalq_auc_counted("__evalq_score", "__evalq_positives_0", "__evalq_rows_1")) THEN $1 END AS "__evalq_undefined_0"
FROM (
  SELECT "score" AS "__evalq_score",
         CAST(count_if(CAST("label" AS BOOLEAN)) AS BIGINT) AS "__evalq_positives_0",
         count("label") AS "__evalq_rows_1"
  FROM read_parquet($2)
  GROUP BY 1
) AS "counted_scores"

-- $1 = 'only one class is present in the ground truth, and AUC needs both'
-- $2 = <data>
