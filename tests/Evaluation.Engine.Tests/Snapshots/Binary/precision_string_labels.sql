-- from labels | select value = precision(animal, predicted_animal, pos_label: 'cat')

SELECT CASE WHEN ((CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("animal" <> $1) AND ("predicted_animal" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) / (CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("animal" <> $1) AND ("predicted_animal" = $1))) AS DOUBLE))) END AS "value",
       CASE WHEN ((CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("animal" <> $1) AND ("predicted_animal" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN $2 END AS "__evalq_undefined_0"
FROM read_csv($3)

-- $1 = 'cat'
-- $2 = 'no predicted positive'
-- $3 = <data>
