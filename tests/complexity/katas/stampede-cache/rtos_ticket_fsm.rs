// learner: optimal
// idiom: embedded-style: one Condvar for the whole table, slots are a ticketed state machine (Loading{ticket} -> Ready{ticket,..}), waiters wait on their ticket
//! A TTL cache that protects its backend from a cache stampede.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. Tests use it instead of real time.
/// (Provided: you do not need to change it.)
#[derive(Debug, Default)]
pub struct ManualClock {
    now: AtomicU64,
}

impl ManualClock {
    /// A clock that reads `start`.
    pub fn new(start: u64) -> Self {
        ManualClock { now: AtomicU64::new(start) }
    }

    /// Moves the clock forward by `by` units.
    pub fn advance(&self, by: u64) {
        self.now.fetch_add(by, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> u64 {
        self.now.load(Ordering::SeqCst)
    }
}

/// Lets a shared clock (`Arc<ManualClock>`) be handed to the cache while the
/// test keeps a handle to advance it.
impl<C: Clock + ?Sized> Clock for Arc<C> {
    fn now(&self) -> u64 {
        (**self).now()
    }
}

enum Slot<V> {
    Loading { ticket: u64 },
    Ready { ticket: u64, value: V, expires: u64 },
}

struct Table<K, V> {
    slots: HashMap<K, Slot<V>>,
    next_ticket: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<Table<K, V>>,
    changed: Condvar,
}

/// What a caller should do after looking at its key's slot.
enum Step<V> {
    Serve(V),
    Wait(u64),
    Load(u64),
}

/// Resets a Loading slot if the loader unwinds.
struct Disarm<'c, K: Eq + Hash, V> {
    table: &'c Mutex<Table<K, V>>,
    changed: &'c Condvar,
    key: Option<K>,
    ticket: u64,
}

impl<'c, K: Eq + Hash, V> Drop for Disarm<'c, K, V> {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(Slot::Loading { ticket }) = t.slots.get(&key) {
                if *ticket == self.ticket {
                    t.slots.remove(&key);
                }
            }
            drop(t);
            self.changed.notify_all();
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
        StampedeCache {
            ttl,
            clock,
            table: Mutex::new(Table { slots: HashMap::new(), next_ticket: 1 }),
            changed: Condvar::new(),
        }
    }

    fn table(&self) -> MutexGuard<'_, Table<K, V>> {
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.table().slots.get(key) {
            Some(Slot::Ready { value, expires, .. }) if now < *expires => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut t = self.table();
        loop {
            let now = self.clock.now();
            let step = match t.slots.get(&key) {
                Some(Slot::Ready { value, expires, .. }) if now < *expires => Step::Serve(value.clone()),
                Some(Slot::Loading { ticket }) => Step::Wait(*ticket),
                _ => {
                    let ticket = t.next_ticket;
                    t.next_ticket += 1;
                    Step::Load(ticket)
                }
            };
            match step {
                Step::Serve(v) => return v,
                Step::Wait(mine) => {
                    t = self
                        .changed
                        .wait_while(t, |tb| matches!(tb.slots.get(&key), Some(Slot::Loading { ticket }) if *ticket == mine))
                        .unwrap_or_else(PoisonError::into_inner);
                    if let Some(Slot::Ready { ticket, value, .. }) = t.slots.get(&key) {
                        if *ticket == mine {
                            return value.clone();
                        }
                    }
                    // the load failed or was replaced: run the state machine again
                }
                Step::Load(ticket) => {
                    t.slots.insert(key.clone(), Slot::Loading { ticket });
                    drop(t);
                    let mut disarm = Disarm { table: &self.table, changed: &self.changed, key: Some(key.clone()), ticket };
                    let value = loader(&key);
                    disarm.key = None;
                    let expires = self.clock.now().saturating_add(self.ttl);
                    let mut t2 = self.table();
                    t2.slots.insert(key, Slot::Ready { ticket, value: value.clone(), expires });
                    drop(t2);
                    self.changed.notify_all();
                    return value;
                }
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut t = self.table();
        if let Some(Slot::Ready { .. }) = t.slots.get(key) {
            t.slots.remove(key);
        }
    }
}
