// An LRU whose recency order is a Vec: position + remove on every access.
// expect Lru::get: time O(n), space O(1)
// expect Lru::touch: time O(n), space O(1)
use std::collections::HashMap;
pub struct Lru {
    map: HashMap<u64, u64>,
    order: Vec<u64>,
}
impl Lru {
    pub fn get(&mut self, key: u64) -> Option<u64> {
        let v = *self.map.get(&key)?;
        self.touch(key);
        Some(v)
    }
    fn touch(&mut self, key: u64) {
        let pos = self.order.iter().position(|&k| k == key).unwrap();
        let k = self.order.remove(pos);
        self.order.push(k);
    }
}
