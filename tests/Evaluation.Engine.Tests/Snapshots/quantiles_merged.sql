-- select m = median(score), q1 = quantile(score, 0.25), q9 = quantile(score, 0.9), also = quantile(score, 0.5), e = mae(y, p, aggregation: 'median')

SELECT CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $1, $2, $3]), 1) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $4, $5, $6]), 1) END AS "m",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $7, $8, $9]), 2) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $10, $11, $12]), 2) END AS "q1",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $13, $14, $15]), 3) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $16, $17, $18]), 3) END AS "q9",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $19, $20, $21]), 4) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $22, $23, $24]), 4) END AS "also",
       CASE WHEN (quantile_cont(CASE WHEN ((("y" IS NOT NULL) AND (NOT isnan("y"))) AND (("p" IS NOT NULL) AND (NOT isnan("p")))) THEN abs((CAST("y" AS DOUBLE) - CAST("p" AS DOUBLE))) END, CAST(0.5 AS DOUBLE)) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE quantile_cont(CASE WHEN ((("y" IS NOT NULL) AND (NOT isnan("y"))) AND (("p" IS NOT NULL) AND (NOT isnan("p")))) THEN abs((CAST("y" AS DOUBLE) - CAST("p" AS DOUBLE))) END, CAST(0.5 AS DOUBLE)) END AS "e",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $25, $26, $27]), 1) IS NULL) THEN $28 END AS "__evalq_undefined_0",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $29, $30, $31]), 2) IS NULL) THEN $32 END AS "__evalq_undefined_1",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $33, $34, $35]), 3) IS NULL) THEN $36 END AS "__evalq_undefined_2",
       CASE WHEN (list_extract(quantile_cont(CASE WHEN (("score" IS NOT NULL) AND (NOT isnan("score"))) THEN CAST("score" AS DOUBLE) END, [CAST(0.5 AS DOUBLE), $37, $38, $39]), 4) IS NULL) THEN $40 END AS "__evalq_undefined_3",
       CASE WHEN (quantile_cont(CASE WHEN ((("y" IS NOT NULL) AND (NOT isnan("y"))) AND (("p" IS NOT NULL) AND (NOT isnan("p")))) THEN abs((CAST("y" AS DOUBLE) - CAST("p" AS DOUBLE))) END, CAST(0.5 AS DOUBLE)) IS NULL) THEN $41 END AS "__evalq_undefined_4"
FROM read_parquet($42)

-- $1 = 0.25 (Double)
-- $2 = 0.9 (Double)
-- $3 = 0.5 (Double)
-- $4 = 0.25 (Double)
-- $5 = 0.9 (Double)
-- $6 = 0.5 (Double)
-- $7 = 0.25 (Double)
-- $8 = 0.9 (Double)
-- $9 = 0.5 (Double)
-- $10 = 0.25 (Double)
-- $11 = 0.9 (Double)
-- $12 = 0.5 (Double)
-- $13 = 0.25 (Double)
-- $14 = 0.9 (Double)
-- $15 = 0.5 (Double)
-- $16 = 0.25 (Double)
-- $17 = 0.9 (Double)
-- $18 = 0.5 (Double)
-- $19 = 0.25 (Double)
-- $20 = 0.9 (Double)
-- $21 = 0.5 (Double)
-- $22 = 0.25 (Double)
-- $23 = 0.9 (Double)
-- $24 = 0.5 (Double)
-- $25 = 0.25 (Double)
-- $26 = 0.9 (Double)
-- $27 = 0.5 (Double)
-- $28 = 'no non-missing values'
-- $29 = 0.25 (Double)
-- $30 = 0.9 (Double)
-- $31 = 0.5 (Double)
-- $32 = 'no non-missing values'
-- $33 = 0.25 (Double)
-- $34 = 0.9 (Double)
-- $35 = 0.5 (Double)
-- $36 = 'no non-missing values'
-- $37 = 0.25 (Double)
-- $38 = 0.9 (Double)
-- $39 = 0.5 (Double)
-- $40 = 'no non-missing values'
-- $41 = 'no rows where the ground truth and the prediction are both present'
-- $42 = <inference>
