-- from inference | select value = average_precision(label, score)

SELECT CASE WHEN (((min("label") < 0) OR (max("label") > 1)) OR isnan(evalq_average_precision("score", ("label" = $1)))) THEN CAST('NaN' AS DOUBLE) ELSE evalq_average_precision("score", ("label" = $1)) END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $2 WHEN isnan(evalq_average_precision("score", ("label" = $1))) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)

-- $1 = 1 (BIGINT)
-- $2 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $3 = 'no row of the positive class in the ground truth'
-- $4 = <data>
