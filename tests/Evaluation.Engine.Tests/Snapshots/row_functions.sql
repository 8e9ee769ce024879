-- where id in [1, 6] | select id, first = arraySlice(tags, 0, 1), rest = arraySlice(tags, 1, 5), e = squared_error(label, score), w = roundTimestamp(ts, 'week') | order by id

SELECT "id" AS "id",
       list_slice("tags", $1, $2) AS "first",
       list_slice("tags", $3, $4) AS "rest",
       ((CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE)) * (CAST("score" AS DOUBLE) - CAST("label" AS DOUBLE))) AS "e",
       date_trunc($5, "ts") AS "w"
FROM read_parquet($6)
WHERE ("id" IN ($7, $8))
ORDER BY 1 ASC NULLS LAST

-- $1 = 1 (BIGINT)
-- $2 = 1 (BIGINT)
-- $3 = 2 (BIGINT)
-- $4 = 6 (BIGINT)
-- $5 = 'week'
-- $6 = <data>
-- $7 = 1 (BIGINT)
-- $8 = 6 (BIGINT)
