// Takes the write lock of each given entity ($ids, sorted) before a batch writes anything: batches touching the same
// entities then run one after the other, so none loses an update to a summary edge, and the fixed order avoids
// deadlocks. Removing a property the node doesn't have locks it and changes nothing.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
REMOVE n.writeLock
