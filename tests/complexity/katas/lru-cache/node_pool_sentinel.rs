// learner: optimal
// idiom: Delphi/Object Pascal desktop developer: a TNodePool array with a sentinel record at index 0 (circular list, like a TList with a dummy head), Option<V> payloads, explicit Unlink/InsertAfterSentinel procedures
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

struct TNode<K, V> {
    Key: Option<K>,
    Value: Option<V>,
    Prev: usize,
    Next: usize,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    FIndex: HashMap<K, usize>,
    FPool: Vec<TNode<K, V>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        let mut Pool = Vec::with_capacity(capacity.min(1 << 16) + 1);
        Pool.push(TNode { Key: None, Value: None, Prev: SENTINEL, Next: SENTINEL });
        LruCache { capacity, FIndex: HashMap::new(), FPool: Pool }
    }

    fn Unlink(&mut self, Index: usize) {
        let PrevIndex = self.FPool[Index].Prev;
        let NextIndex = self.FPool[Index].Next;
        self.FPool[PrevIndex].Next = NextIndex;
        self.FPool[NextIndex].Prev = PrevIndex;
    }

    /// Right after the sentinel = most recently used.
    fn InsertAfterSentinel(&mut self, Index: usize) {
        let First = self.FPool[SENTINEL].Next;
        self.FPool[Index].Prev = SENTINEL;
        self.FPool[Index].Next = First;
        self.FPool[First].Prev = Index;
        self.FPool[SENTINEL].Next = Index;
    }

    fn MoveToFront(&mut self, Index: usize) {
        self.Unlink(Index);
        self.InsertAfterSentinel(Index);
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let Index = match self.FIndex.get(key) {
            Some(&I) => I,
            None => return None,
        };
        self.MoveToFront(Index);
        self.FPool[Index].Value.as_ref()
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.FIndex.get(key) {
            Some(&Index) => self.FPool[Index].Value.as_ref(),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&Index) = self.FIndex.get(&key) {
            self.FPool[Index].Value = Some(value);
            self.MoveToFront(Index);
            return;
        }
        let Index;
        if self.FIndex.len() >= self.capacity {
            // Reuse the least recently used node (the one before the sentinel).
            Index = self.FPool[SENTINEL].Prev;
            self.Unlink(Index);
            if let Some(OldKey) = self.FPool[Index].Key.take() {
                self.FIndex.remove(&OldKey);
            }
        } else {
            self.FPool.push(TNode { Key: None, Value: None, Prev: SENTINEL, Next: SENTINEL });
            Index = self.FPool.len() - 1;
        }
        self.FPool[Index].Key = Some(key.clone());
        self.FPool[Index].Value = Some(value);
        self.InsertAfterSentinel(Index);
        self.FIndex.insert(key, Index);
    }

    pub fn len(&self) -> usize {
        self.FIndex.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
