// learner: optimal
// idiom: Coq-trained formal methods student: the map only hands out per-key slots; each slot is a small state machine Empty -> Loading -> Fresh guarded by its own lock, with a generation counter as the "a load completed since I started waiting" witness
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. (Provided.)
#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

enum State<V> {
    Empty,
    Loading,
    Fresh { value: V, at: u64 },
}

/// Invariant: `generation` counts the completed loads of this key; it only grows.
struct Cell<V> {
    state: State<V>,
    generation: u64,
}

struct Slot<V> {
    cell: Mutex<Cell<V>>,
    changed: Condvar,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Arc<Slot<V>>>>,
}

/// If dropped while still armed (the loader unwound), puts the slot back to Empty:
/// Loading -> Empty keeps the invariant "Loading iff some caller is inside a loader".
struct Unwind<'a, V> {
    slot: &'a Slot<V>,
    armed: bool,
}

impl<V> Drop for Unwind<'_, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut c = self.slot.cell.lock().unwrap_or_else(PoisonError::into_inner);
            c.state = State::Empty;
            drop(c);
            self.slot.changed.notify_all();
        }
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    fn is_fresh(&self, at: u64) -> bool {
        self.clock.now() < at.saturating_add(self.ttl)
    }

    fn slot(&self, key: &K) -> Option<Arc<Slot<V>>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner).get(key).cloned()
    }

    fn slot_or_new(&self, key: K) -> Arc<Slot<V>> {
        let mut map = self.slots.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(map.entry(key).or_insert_with(|| {
            Arc::new(Slot { cell: Mutex::new(Cell { state: State::Empty, generation: 0 }), changed: Condvar::new() })
        }))
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let slot = self.slot(key)?;
        let c = slot.cell.lock().unwrap_or_else(PoisonError::into_inner);
        match &c.state {
            State::Fresh { value, at } if self.is_fresh(*at) => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let slot = self.slot_or_new(key.clone());
        let mut c = slot.cell.lock().unwrap_or_else(PoisonError::into_inner);
        let mut waited_since: Option<u64> = None;
        loop {
            match &c.state {
                State::Fresh { value, at } if self.is_fresh(*at) => return value.clone(),
                // a load finished while we waited: share it even if already stale (ttl = 0)
                State::Fresh { value, .. } if waited_since.is_some_and(|g| g != c.generation) => return value.clone(),
                State::Loading => {
                    waited_since = Some(c.generation);
                    c = slot.changed.wait(c).unwrap_or_else(PoisonError::into_inner);
                }
                State::Empty | State::Fresh { .. } => break,
            }
        }
        c.state = State::Loading;
        drop(c);

        let mut unwind = Unwind { slot: &slot, armed: true };
        let value = loader(&key);
        let at = self.clock.now();
        let mut c = slot.cell.lock().unwrap_or_else(PoisonError::into_inner);
        c.state = State::Fresh { value: value.clone(), at };
        c.generation += 1;
        unwind.armed = false;
        drop(c);
        slot.changed.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(slot) = self.slot(key) {
            let mut c = slot.cell.lock().unwrap_or_else(PoisonError::into_inner);
            if let State::Fresh { .. } = c.state {
                c.state = State::Empty;
            }
        }
    }
}
