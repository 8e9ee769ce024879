-- from inference | select value = average_precision(label, score)

SELECT CASE WHEN isnan(evalq_average_precision("score", "label")) THEN CAST('NaN' AS DOUBLE) ELSE evalq_average_precision("score", "label") END AS "value",
       CASE WHEN isnan(evalq_average_precision("score", "label")) THEN $1 END AS "__evalq_undefined_0"
FROM read_parquet($2)

-- $1 = 'no row of the positive class in the ground truth'
-- $2 = <data>
