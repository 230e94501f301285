// The lazy-deletion log sits behind the file's own wrapper, whose length
// is `size()`: the early return that waits for twice the live entries is
// the same guard as one on `len()`. O(1) amortised.
// expect Recent::touch: time O(n), space O(1)
// unsure: each compaction runs once per len-many touches
// target Recent::touch: time O(1), space O(1)
use std::collections::{HashMap, VecDeque};

pub struct Log {
    queue: VecDeque<(u32, u64)>,
}

impl Log {
    fn size(&self) -> usize {
        self.queue.len()
    }
}

pub struct Recent {
    stamps: HashMap<u32, u64>,
    log: Log,
    clock: u64,
}

impl Recent {
    pub fn touch(&mut self, key: u32) {
        self.clock += 1;
        self.stamps.insert(key, self.clock);
        self.log.queue.push_back((key, self.clock));
        self.compact();
    }

    fn compact(&mut self) {
        if self.log.size() <= 2 * self.stamps.len() + 16 {
            return;
        }
        let stamps = &self.stamps;
        self.log.queue.retain(|(k, t)| stamps.get(k) == Some(t));
    }
}
