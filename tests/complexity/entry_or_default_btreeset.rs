// The subscribers of a topic kept in a BTreeSet reached through the entry
// API: `entry(..).or_default()` is the map's value, so the insert walks a
// B-tree, O(log n), where a HashSet's would be O(1).
// expect Hub::subscribe: time O(log n), space O(1)
// target Hub::subscribe: time O(1), space O(1)
use std::collections::{BTreeSet, HashMap};
pub struct Hub {
    topics: HashMap<String, BTreeSet<u64>>,
}
impl Hub {
    pub fn subscribe(&mut self, conn: u64, topic: &str) {
        self.topics.entry(topic.to_string()).or_default().insert(conn);
    }
}
