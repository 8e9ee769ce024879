-- from labels | select value = precision(label, predicted)

SELECT CASE WHEN ((least(min("label") FILTER (WHERE ("label" <> $1)), min("predicted") FILTER (WHERE ("predicted" <> $1))) <> greatest(max("label") FILTER (WHERE ("label" <> $1)), max("predicted") FILTER (WHERE ("predicted" <> $1)))) OR ((CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("label" <> $1) AND ("predicted" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE))) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) / (CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("label" <> $1) AND ("predicted" = $1))) AS DOUBLE))) END AS "value",
       CASE WHEN (least(min("label") FILTER (WHERE ("label" <> $1)), min("predicted") FILTER (WHERE ("predicted" <> $1))) <> greatest(max("label") FILTER (WHERE ("label" <> $1)), max("predicted") FILTER (WHERE ("predicted" <> $1)))) THEN $2 WHEN ((CAST(count_star() FILTER (WHERE (("label" = $1) AND ("predicted" = $1))) AS DOUBLE) + CAST(count_star() FILTER (WHERE (("label" <> $1) AND ("predicted" = $1))) AS DOUBLE)) = CAST(0 AS DOUBLE)) THEN $3 END AS "__evalq_undefined_0"
FROM read_csv($4)

-- $1 = 1 (BIGINT)
-- $2 = '`label` and `predicted` hold more than one class besides pos_label: binary metrics need two classes (several classes are not supported yet)'
-- $3 = 'no predicted positive'
-- $4 = <data>
