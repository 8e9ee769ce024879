-- from inference | group by channel | select channel, value = precision(y_true, y_pred, average: 'none', classes: ['class-3', 'class-1', 'class-2'])

SELECT "channel" AS "channel",
       list_transform([$1, $2, $3], lambda __evalq_class: {'class': "__evalq_class", 'value': CASE WHEN (CAST(coalesce(map_extract_value(histogram("y_pred") FILTER (WHERE "__evalq_present_0"), "__evalq_class"), 0) AS DOUBLE) = CAST(0 AS DOUBLE)) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(coalesce(map_extract_value(histogram("y_true") FILTER (WHERE ("__evalq_present_0" AND ("y_true" = "y_pred"))), "__evalq_class"), 0) AS DOUBLE) / CAST(coalesce(map_extract_value(histogram("y_pred") FILTER (WHERE "__evalq_present_0"), "__evalq_class"), 0) AS DOUBLE)) END}) AS "value",
       CASE WHEN (CAST(count_star() FILTER (WHERE "__evalq_present_0") AS DOUBLE) = CAST(0 AS DOUBLE)) THEN $4 WHEN coalesce(list_bool_or(list_transform([$1, $2, $3], lambda __evalq_class: (CAST(coalesce(map_extract_value(histogram("y_pred") FILTER (WHERE "__evalq_present_0"), "__evalq_class"), 0) AS DOUBLE) = CAST(0 AS DOUBLE)))), FALSE) THEN $5 END AS "__evalq_undefined_0"
FROM (
  SELECT *,
         (("y_true" IS NOT NULL) AND ("y_pred" IS NOT NULL)) AS "__evalq_present_0"
  FROM read_parquet($6)
) AS "rows0"
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 'class-3'
-- $2 = 'class-1'
-- $3 = 'class-2'
-- $4 = 'no row has both a ground truth and a prediction'
-- $5 = 'a class has no predicted row, so its precision is undefined'
-- $6 = <data>
