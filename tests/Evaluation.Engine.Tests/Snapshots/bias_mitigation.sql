-- select Id, m = biasMitigatedPredictions(prediction_1, [when SEX = 1 and region in ['north'] then 0.5, when SEX >= 1 then 0.3])

SELECT "Id" AS "Id",
       CASE WHEN (("SEX" = $1) AND ("region" IN ($2))) THEN CASE WHEN "__evalq_present_0" THEN CASE WHEN (CAST("prediction_1" AS DOUBLE) >= $3) THEN 1 ELSE 0 END ELSE NULL END WHEN ("SEX" >= $4) THEN CASE WHEN "__evalq_present_0" THEN CASE WHEN (CAST("prediction_1" AS DOUBLE) >= $5) THEN 1 ELSE 0 END ELSE NULL END ELSE NULL END AS "m"
FROM (
  SELECT *,
         (("prediction_1" IS NOT NULL) AND (NOT isnan("prediction_1"))) AS "__evalq_present_0"
  FROM "arrow_0_inference"
) AS "rows0"

-- $1 = 1 (BIGINT)
-- $2 = 'north'
-- $3 = 0.5 (DOUBLE)
-- $4 = 1 (BIGINT)
-- $5 = 0.3 (DOUBLE)
