// Takes the write lock of each given entity ($ids, sorted) before a batch writes anything: batches touching the same
// entities then run one after the other, so none loses an update to a summary edge, and the fixed order avoids
// deadlocks. Setting a property locks the node; removing it in the same transaction leaves nothing to commit.
// (Removing a property the node doesn't have would not lock it: Cypher skips that as a no-op.)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.writeLock = true
REMOVE n.writeLock
