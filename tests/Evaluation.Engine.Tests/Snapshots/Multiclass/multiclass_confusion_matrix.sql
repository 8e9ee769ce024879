-- from inference | select value = multiclass_confusion_matrix(y_true, y_pred)

SELECT {'labels': coalesce(list_sort(list_distinct(list_concat(map_keys(histogram("y_true") FILTER (WHERE "__evalq_present_0")), map_keys(histogram("y_pred") FILTER (WHERE "__evalq_present_0"))))), []), 'matrix': list_transform(coalesce(list_sort(list_distinct(list_concat(map_keys(histogram("y_true") FILTER (WHERE "__evalq_present_0")), map_keys(histogram("y_pred") FILTER (WHERE "__evalq_present_0"))))), []), lambda __evalq_class: list_transform(coalesce(list_sort(list_distinct(list_concat(map_keys(histogram("y_true") FILTER (WHERE "__evalq_present_0")), map_keys(histogram("y_pred") FILTER (WHERE "__evalq_present_0"))))), []), lambda __evalq_predicted_class: CAST(coalesce(map_extract_value(histogram({'truth': "y_true", 'predicted': "y_pred"}) FILTER (WHERE "__evalq_present_0"), {'truth': "__evalq_class", 'predicted': "__evalq_predicted_class"}), 0) AS BIGINT)))} AS "value"
FROM (
  SELECT *,
         (("y_true" IS NOT NULL) AND ("y_pred" IS NOT NULL)) AS "__evalq_present_0"
  FROM read_parquet($1)
) AS "rows0"

-- $1 = <data>
