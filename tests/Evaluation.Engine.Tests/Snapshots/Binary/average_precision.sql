-- from inference | select value = average_precision(label, score)

SELECT CASE WHEN isnan(evalq_average_precision_counted("__evalq_score", "__evalq_positives_0", "__evalq_rows_1")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_average_precision_counted("__evalq_score", "__evalq_positives_0", "__evalq_rows_1") END AS "value",
       CASE WHEN isnan(evalq_average_precision_counted("__evalq_score", "__evalq_positives_0", "__evalq_rows_1")) THEN $1 END AS "__evalq_undefined_0"
FROM (
  SELECT "score" AS "__evalq_score",
         CAST(count_if(CAST("label" AS BOOLEAN)) AS BIGINT) AS "__evalq_positives_0",
         count("label") AS "__evalq_rows_1"
  FROM read_parquet($2)
  GROUP BY 1
) AS "counted_scores"

-- $1 = 'no row of the positive class in the ground truth'
-- $2 = <data>
