-- from '<data>' | select model, metric, best = rank score within [metric] direction min, near = rank score within metric direction 1

SELECT "model" AS "model",
       "metric" AS "metric",
       CASE WHEN (CASE WHEN (NOT isnan("score")) THEN CAST("score" AS DOUBLE) END IS NOT NULL) THEN rank() OVER (PARTITION BY "metric" ORDER BY CASE WHEN (NOT isnan("score")) THEN CAST("score" AS DOUBLE) END ASC NULLS LAST) END AS "best",
       CASE WHEN (CASE WHEN (NOT isnan("score")) THEN abs((CAST("score" AS DOUBLE) - $1)) END IS NOT NULL) THEN rank() OVER (PARTITION BY "metric" ORDER BY CASE WHEN (NOT isnan("score")) THEN abs((CAST("score" AS DOUBLE) - $1)) END ASC NULLS LAST) END AS "near"
FROM read_csv($2)

-- $1 = 1 (DOUBLE)
-- $2 = <data>

-- from '<data>' | select model, metric, score | pivot score by metric | order by rmse

SELECT "model" AS "model",
       CASE WHEN (count_star() FILTER (WHERE ("metric" = $1)) > 1) THEN CAST('NaN' AS DOUBLE) ELSE first("score") FILTER (WHERE ("metric" = $1)) END AS "aafe",
       CASE WHEN (count_star() FILTER (WHERE ("metric" = $2)) > 1) THEN CAST('NaN' AS DOUBLE) ELSE first("score") FILTER (WHERE ("metric" = $2)) END AS "rmse",
       CASE WHEN (count_star() FILTER (WHERE ("metric" = $1)) > 1) THEN concat(count_star() FILTER (WHERE ("metric" = $1)), $3) END AS "__evalq_undefined_0",
       CASE WHEN (count_star() FILTER (WHERE ("metric" = $2)) > 1) THEN concat(count_star() FILTER (WHERE ("metric" = $2)), $3) END AS "__evalq_undefined_1"
FROM (
  SELECT "model" AS "model",
         "metric" AS "metric",
         "score" AS "score"
  FROM read_csv($4)
) AS "pivot_rows0"
GROUP BY 1
ORDER BY 3 ASC NULLS LAST, 1 ASC NULLS LAST

-- $1 = 'aafe'
-- $2 = 'rmse'
-- $3 = ' rows give this cell a `score` and a pivot takes one: keep fewer rows (e.g. `where fold is null`) or aggregate them first (`group by …, metric | select score = avg(score)`)'
-- $4 = <data>

-- from '<data>' | select model, metric, score | pivot score by metric | select model, d = (rmse - aafe) / 2

SELECT "model" AS "model",
       CASE WHEN (CAST($1 AS DOUBLE) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (CAST((CAST("rmse" AS DOUBLE) - CAST("aafe" AS DOUBLE)) AS DOUBLE) / CAST($1 AS DOUBLE)) END AS "d",
       CASE WHEN (CAST($1 AS DOUBLE) = CAST(0 AS DOUBLE)) THEN $2 END AS "__evalq_undefined_0"
FROM (
  SELECT "model" AS "model",
         CASE WHEN (count_star() FILTER (WHERE ("metric" = $3)) > 1) THEN CAST('NaN' AS DOUBLE) ELSE first("score") FILTER (WHERE ("metric" = $3)) END AS "aafe",
         CASE WHEN (count_star() FILTER (WHERE ("metric" = $4)) > 1) THEN CAST('NaN' AS DOUBLE) ELSE first("score") FILTER (WHERE ("metric" = $4)) END AS "rmse",
         CASE WHEN (count_star() FILTER (WHERE ("metric" = $3)) > 1) THEN concat(count_star() FILTER (WHERE ("metric" = $3)), $5) END AS "__evalq_undefined_0",
         CASE WHEN (count_star() FILTER (WHERE ("metric" = $4)) > 1) THEN concat(count_star() FILTER (WHERE ("metric" = $4)), $5) END AS "__evalq_undefined_1"
  FROM (
    SELECT "model" AS "model",
           "metric" AS "metric",
           "score" AS "score"
    FROM read_csv($6)
  ) AS "pivot_rows1"
  GROUP BY 1
  ORDER BY 1 ASC NULLS LAST
) AS "q1"

-- $1 = 2 (DOUBLE)
-- $2 = 'the divisor is 0'
-- $3 = 'aafe'
-- $4 = 'rmse'
-- $5 = ' rows give this cell a `score` and a pivot takes one: keep fewer rows (e.g. `where fold is null`) or aggregate them first (`group by …, metric | select score = avg(score)`)'
-- $6 = <data>
