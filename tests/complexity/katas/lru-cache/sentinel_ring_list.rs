// learner: optimal
// idiom: Objective-C macOS veteran: a circular doubly-linked list with a sentinel node at index 0 (no head/tail special cases), entries hold Option<(K, V)> payloads, a free list of recycled nodes
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

struct ListNode<K, V> {
    payload: Option<(K, V)>,
    previous: usize,
    following: usize,
}

pub struct LruCache<K, V> {
    capacity: usize,
    lookupTable: HashMap<K, usize>,
    nodes: Vec<ListNode<K, V>>,
}

#[allow(non_snake_case)]
impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        let sentinel = ListNode { payload: None, previous: SENTINEL, following: SENTINEL };
        LruCache { capacity, lookupTable: HashMap::new(), nodes: vec![sentinel] }
    }

    fn removeFromList(&mut self, index: usize) {
        let ListNode { previous, following, .. } = self.nodes[index];
        self.nodes[previous].following = following;
        self.nodes[following].previous = previous;
    }

    fn insertAfterSentinel(&mut self, index: usize) {
        let firstNode = self.nodes[SENTINEL].following;
        self.nodes[index].previous = SENTINEL;
        self.nodes[index].following = firstNode;
        self.nodes[firstNode].previous = index;
        self.nodes[SENTINEL].following = index;
    }

    fn markRecentlyUsed(&mut self, index: usize) {
        self.removeFromList(index);
        self.insertAfterSentinel(index);
    }

    fn valueAt(&self, index: usize) -> &V {
        &self.nodes[index].payload.as_ref().expect("linked nodes carry a payload").1
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let index = *self.lookupTable.get(key)?;
        self.markRecentlyUsed(index);
        Some(self.valueAt(index))
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.lookupTable.get(key).map(|&index| self.valueAt(index))
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&index) = self.lookupTable.get(&key) {
            if let Some((_, storedValue)) = self.nodes[index].payload.as_mut() {
                *storedValue = value;
            }
            self.markRecentlyUsed(index);
            return;
        }
        let index = if self.lookupTable.len() == self.capacity {
            let leastRecentlyUsed = self.nodes[SENTINEL].previous;
            self.removeFromList(leastRecentlyUsed);
            if let Some((evictedKey, _)) = self.nodes[leastRecentlyUsed].payload.take() {
                self.lookupTable.remove(&evictedKey);
            }
            self.nodes[leastRecentlyUsed].payload = Some((key.clone(), value));
            leastRecentlyUsed
        } else {
            self.nodes.push(ListNode { payload: Some((key.clone(), value)), previous: SENTINEL, following: SENTINEL });
            self.nodes.len() - 1
        };
        self.insertAfterSentinel(index);
        self.lookupTable.insert(key, index);
    }

    pub fn len(&self) -> usize {
        self.lookupTable.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lookupTable.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
