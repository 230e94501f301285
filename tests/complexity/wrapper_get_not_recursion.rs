// `slot.get()` on a value from the cache's map is OnceLock's `get`, not a
// recursion into `Cache::get`: the cache holds no values of its own type.
// expect Cache::get: time O(1), space O(1)
// target Cache::get: time O(1), space O(1)
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub struct Cache {
    slots: HashMap<u64, Arc<OnceLock<u64>>>,
}

impl Cache {
    pub fn get(&self, key: u64) -> Option<u64> {
        let slot = self.slots.get(&key).cloned()?;
        slot.get().copied()
    }
}
