// Drops every summary relationship (they are derived data; facts stay).
MATCH (:Entity)-[r]->(:Entity)
WHERE r.type IS NOT NULL
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
