-- from labels | select value = precision(label, predicted)

SELECT CASE WHEN ((CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("label" <> $1) AND ("predicted" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) / (CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("label" <> $1) AND ("predicted" = $1))) AS DOUBLE))) END AS "value",
       CASE WHEN ((CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("label" <> $1) AND ("predicted" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN $2 END AS "__evalq_undefined_0"
FROM read_csv($3)

-- $1 = 1 (BIGINT)
-- $2 = 'no predicted positive'
-- $3 = <data>
