-- from inference | group by segment | select segment, value = auc(label, score)

SELECT "segment" AS "segment",
       CASE WHEN ((count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))) = 0) OR (count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" <> $1))) = 0)) THEN CAST('NaN' AS DOUBLE) ELSE (CAST(1 AS DOUBLE) - (CAST((sum("__evalq_row_0") FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))) - (CAST(count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))) AS HUGEINT) * (count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))) + 1))) AS DOUBLE) / (CAST(2 AS DOUBLE) * (CAST(count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))) AS DOUBLE) * CAST(count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" <> $1))) AS DOUBLE))))) END AS "value",
       CASE WHEN ((count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" = $1))) = 0) OR (count_star() FILTER (WHERE ("__evalq_present_0" AND ("label" <> $1))) = 0)) THEN $2 END AS "__evalq_undefined_0"
FROM (
  SELECT *,
         (rank() OVER (PARTITION BY "segment", (("label" IS NOT NULL) AND (NOT isnan("score"))) ORDER BY "score" DESC NULLS LAST) + count_star() OVER (PARTITION BY "segment", (("label" IS NOT NULL) AND (NOT isnan("score"))) ORDER BY "score" DESC NULLS LAST)) AS "__evalq_row_0",
         (("label" IS NOT NULL) AND (NOT isnan("score"))) AS "__evalq_present_0"
  FROM read_parquet($3)
) AS "rows0"
GROUP BY 1
ORDER BY 1 ASC NULLS LAST

-- $1 = 1 (BIGINT)
-- $2 = 'only one class is present in the ground truth, and AUC needs both'
-- $3 = <data>
