// A method that hands out the lock guard of the structure's map: `retain` on
// it walks every entry of the map, O(n), where one `remove` is O(1).
// expect Cache::invalidate: time O(n), space O(1)
// target Cache::invalidate: time O(1), space O(1)
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

pub struct Cache {
    table: Mutex<HashMap<u64, u64>>,
}

impl Cache {
    fn table(&self) -> MutexGuard<'_, HashMap<u64, u64>> {
        self.table.lock().unwrap()
    }

    pub fn invalidate(&self, key: u64) {
        let mut table = self.table();
        table.retain(|k, _| *k != key);
    }
}
