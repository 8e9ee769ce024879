-- from labels | select value = precision(animal, predicted_animal, pos_label: 'cat')

SELECT CASE WHEN ((least(min("animal") FILTER (WHERE ("animal" <> $1)), min("predicted_animal") FILTER (WHERE ("predicted_animal" <> $1))) <> greatest(max("animal") FILTER (WHERE ("animal" <> $1)), max("predicted_animal") FILTER (WHERE ("predicted_animal" <> $1)))) OR ((CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("animal" <> $1) AND ("predicted_animal" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE))) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) / (CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("animal" <> $1) AND ("predicted_animal" = $1))) AS DOUBLE))) END AS "value",
       CASE WHEN (least(min("animal") FILTER (WHERE ("animal" <> $1)), min("predicted_animal") FILTER (WHERE ("predicted_animal" <> $1))) <> greatest(max("animal") FILTER (WHERE ("animal" <> $1)), max("predicted_animal") FILTER (WHERE ("predicted_animal" <> $1)))) THEN $2 WHEN ((CAST(count_star() FILTER (WHERE (("animal" = $1) AND ("predicted_animal" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("animal" <> $1) AND ("predicted_animal" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN $3 END AS "__evalq_undefined_0"
FROM read_csv($4)

-- $1 = 'cat'
-- $2 = '`animal` and `predicted_animal` hold more than one class besides pos_label: binary metrics need two classes (several classes are not supported yet)'
-- $3 = 'no predicted positive'
-- $4 = <data>
