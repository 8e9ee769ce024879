-- select m = median(score), q1 = quantile(score, 0.25), q9 = quantile(score, 0.9), also = quantile(score, 0.5), e = mae(y, p, aggregation: 'median')

SELECT CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 1) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 1) END AS "m",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 2) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 2) END AS "q1",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 3) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 3) END AS "q9",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 4) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 4) END AS "also",
       CASE WHEN (quantile_cont(CASE WHEN ((("y" IS NOT NULL) AND (NOT isnan("y"))) AND (("p" IS NOT NULL) AND (NOT isnan("p")))) THEN abs((CAST("y" AS DOUBLE) - CAST("p" AS DOUBLE))) END, CAST(0.5 AS DOUBLE)) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE quantile_cont(CASE WHEN ((("y" IS NOT NULL) AND (NOT isnan("y"))) AND (("p" IS NOT NULL) AND (NOT isnan("p")))) THEN abs((CAST("y" AS DOUBLE) - CAST("p" AS DOUBLE))) END, CAST(0.5 AS DOUBLE)) END AS "e",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 1) IS NULL) THEN $4 END AS "__evalq_undefined_0",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 2) IS NULL) THEN $5 END AS "__evalq_undefined_1",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 3) IS NULL) THEN $6 END AS "__evalq_undefined_2",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 4) IS NULL) THEN $7 END AS "__evalq_undefined_3",
       CASE WHEN (quantile_cont(CASE WHEN ((("y" IS NOT NULL) AND (NOT isnan("y"))) AND (("p" IS NOT NULL) AND (NOT isnan("p")))) THEN abs((CAST("y" AS DOUBLE) - CAST("p" AS DOUBLE))) END, CAST(0.5 AS DOUBLE)) IS NULL) THEN $8 END AS "__evalq_undefined_4"
FROM read_parquet($9)

-- $1 = 0.25 (Double)
-- $2 = 0.9 (Double)
-- $3 = 0.5 (Double)
-- $4 = 'no non-missing values'
-- $5 = 'no non-missing values'
-- $6 = 'no non-missing values'
-- $7 = 'no non-missing values'
-- $8 = 'no rows where the ground truth and the prediction are both present'
-- $9 = <inference>
