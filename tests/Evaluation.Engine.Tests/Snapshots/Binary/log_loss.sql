-- from inference | select value = log_loss(label, score)

SELECT CASE WHEN (((min("label") < 0) OR (max("label") > 1)) OR (CAST(count_star() FILTER (WHERE (("label" IS NOT NULL) AND (NOT isnan("score")))) AS DOUBLE) = CAST(0 AS DOUBLE))) THEN CAST('NaN' AS DOUBLE) ELSE (evalq_sum((-ln(CASE WHEN ("label" = $1) THEN greatest(least("score", CAST(0.9999999999999998 AS DOUBLE)), CAST(2.220446049250313E-16 AS DOUBLE)) ELSE (CAST(1 AS DOUBLE) - greatest(least("score", CAST(0.9999999999999998 AS DOUBLE)), CAST(2.220446049250313E-16 AS DOUBLE))) END))) FILTER (WHERE (("label" IS NOT NULL) AND (NOT isnan("score")))) / CAST(count_star() FILTER (WHERE (("label" IS NOT NULL) AND (NOT isnan("score")))) AS DOUBLE)) END AS "value",
       CASE WHEN ((min("label") < 0) OR (max("label") > 1)) THEN $2 WHEN (CAST(count_star() FILTER (WHERE (("label" IS NOT NULL) AND (NOT isnan("score")))) AS DOUBLE) = CAST(0 AS DOUBLE)) THEN $3 END AS "__evalq_undefined_0"
FROM read_parquet($4)

-- $1 = 1 (BIGINT)
-- $2 = '`label` holds values other than 0 and 1, but with a score in `score` the classes are 0 and 1 (several classes are not supported yet)'
-- $3 = 'no row has both a ground truth and a score'
-- $4 = <data>
