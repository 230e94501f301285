// The slow counterpart: the early return does not compare the log with a
// multiple of anything, so the compaction runs on nearly every call.
// expect Recent::touch: time O(n), space O(1)
// target Recent::touch: time O(1), space O(1)
// unsure: the O(n) is the compaction helper's, priced on its own parameters; the measurement sees a factor of n
use std::collections::{HashMap, VecDeque};

pub struct Recent {
    stamps: HashMap<u32, u64>,
    log: VecDeque<(u32, u64)>,
    clock: u64,
}

impl Recent {
    pub fn touch(&mut self, key: u32) {
        self.clock += 1;
        self.stamps.insert(key, self.clock);
        self.log.push_back((key, self.clock));
        self.compact();
    }

    fn compact(&mut self) {
        if self.log.is_empty() {
            return;
        }
        let stamps = &self.stamps;
        self.log.retain(|(k, t)| stamps.get(k) == Some(t));
    }
}
