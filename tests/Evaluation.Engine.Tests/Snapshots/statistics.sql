-- where ts >= @2026-01-01
| group by segment, day = roundTimestamp(ts, 'day')
| select n = count(), k = count(score), c = countIf(label, 'eq', value: 1), r = rate(score, 'gte', value: 0.5),
         s = sum(score), a = avg(score), aa = avgAbs(score), lo = min(score), hi = max(score),
         d = count_distinct(label), m = nan_count(score), e = median(abs_error(label, score))
| order by n desc

SELECT "segment" AS "segment",
       date_trunc($1, "ts") AS "day",
       count_star() AS "n",
       count_star() FILTER (WHERE "__evalq_present_0") AS "k",
       count_star() FILTER (WHERE ("label" = $2)) AS "c",
       CASE WHEN (count_star() = 0) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(count_star() FILTER (WHERE (("score" >= $3) AND (NOT isnan("score")))) AS DOUBLE) / CAST(count_star() AS DOUBLE)) END AS "r",
       coalesce(evalq_sum(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END), CAST(0 AS DOUBLE)) AS "s",
       CASE WHEN (evalq_avg(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE evalq_avg(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) END AS "a",
       CASE WHEN (evalq_avg(abs(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END)) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE evalq_avg(abs(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END)) END AS "aa",
       CASE WHEN (min(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE min(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) END AS "lo",
       CASE WHEN (max(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE max(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) END AS "hi",
       count(DISTINCT "label") FILTER (WHERE ("label" IS NOT NULL)) AS "d",
       count_star() FILTER (WHERE (NOT "__evalq_present_0")) AS "m",
       CASE WHEN (quantile_cont(CASE WHEN ((abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE))) IS NOT NULL) AND (NOT isnan(abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE)))))) THEN CAST(abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE))) AS DOUBLE) END, CAST(0.5 AS DOUBLE)) IS NULL) THEN CAST('NaN' AS DOUBLE) ELSE quantile_cont(CASE WHEN ((abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE))) IS NOT NULL) AND (NOT isnan(abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE)))))) THEN CAST(abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE))) AS DOUBLE) END, CAST(0.5 AS DOUBLE)) END AS "e",
       CASE WHEN (count_star() = 0) THEN $4 END AS "__evalq_undefined_0",
       CASE WHEN (evalq_avg(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) IS NULL) THEN $5 END AS "__evalq_undefined_1",
       CASE WHEN (evalq_avg(abs(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END)) IS NULL) THEN $6 END AS "__evalq_undefined_2",
       CASE WHEN (min(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) IS NULL) THEN $7 END AS "__evalq_undefined_3",
       CASE WHEN (max(CASE WHEN "__evalq_present_0" THEN CAST("score" AS DOUBLE) END) IS NULL) THEN $8 END AS "__evalq_undefined_4",
       CASE WHEN (quantile_cont(CASE WHEN ((abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE))) IS NOT NULL) AND (NOT isnan(abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE)))))) THEN CAST(abs((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE))) AS DOUBLE) END, CAST(0.5 AS DOUBLE)) IS NULL) THEN $9 END AS "__evalq_undefined_5"
FROM (
  SELECT *,
         (("score" IS NOT NULL) AND (NOT isnan("score"))) AS "__evalq_present_0"
  FROM read_parquet($10)
  WHERE ("ts" >= CAST($11 AS TIMESTAMP))
) AS "rows0"
GROUP BY 1, 2
ORDER BY 3 DESC NULLS LAST, 1 ASC NULLS LAST, 2 ASC NULLS LAST

-- $1 = 'day'
-- $2 = 1 (BIGINT)
-- $3 = 0.5 (DOUBLE)
-- $4 = 'the group has no rows'
-- $5 = 'no non-missing values'
-- $6 = 'no non-missing values'
-- $7 = 'no non-missing values'
-- $8 = 'no non-missing values'
-- $9 = 'no non-missing values'
-- $10 = <data>
-- $11 = '2026-01-01'
