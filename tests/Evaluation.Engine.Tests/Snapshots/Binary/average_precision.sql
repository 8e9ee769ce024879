-- from inference | select value = average_precision(label, score)

SELECT CASE WHEN isnan(evalq_average_precision("score", ("label" = $1))) THEN CAST('NaN' AS DOUBLE) ELSE evalq_average_precision("score", ("label" = $1)) END AS "value",
       CASE WHEN isnan(evalq_average_precision("score", ("label" = $1))) THEN $2 END AS "__evalq_undefined_0"
FROM read_parquet($3)

-- $1 = 1 (BIGINT)
-- $2 = 'no row of the positive class in the ground truth'
-- $3 = <data>
