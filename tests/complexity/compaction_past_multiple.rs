// Lazy deletion: stale queue entries are dropped by a `retain` that runs only
// once the queue has outgrown twice the live entries, so each pass is paid
// for by the pushes since the last one: O(1) amortised.
// unsure: amortised over many operations, a single call can be O(n)
// expect Lru::touch: time O(n), space O(1)
// target Lru::touch: time O(1), space O(1)
use std::collections::{HashMap, VecDeque};

pub struct Lru {
    stamps: HashMap<u64, u64>,
    queue: VecDeque<(u64, u64)>,
    clock: u64,
    capacity: usize,
}

impl Lru {
    pub fn touch(&mut self, key: u64) {
        self.clock += 1;
        self.stamps.insert(key, self.clock);
        self.queue.push_back((key, self.clock));
        if self.queue.len() > 2 * self.capacity + 16 {
            let stamps = &self.stamps;
            self.queue.retain(|(k, s)| stamps.get(k) == Some(s));
        }
    }
}
