// A BTreeMap range query: O(log n) to find the start, the k keys are output.
// expect Index::between: time O(log n), space O(1)
use std::collections::BTreeMap;
pub struct Index {
    by_time: BTreeMap<u64, u32>,
}
impl Index {
    pub fn between(&self, from: u64, to: u64) -> usize {
        self.by_time.range(from..to).count()
    }
}
