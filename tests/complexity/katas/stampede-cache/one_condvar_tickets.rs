// learner: optimal
// idiom: Odin-style one table + one Condvar: entries carry an explicit EntryState and a load ticket, catch_unwind/resume_unwind instead of a Drop guard
//! A TTL cache that coalesces concurrent misses.

use std::collections::HashMap;
use std::hash::Hash;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. Tests use it instead of real time.
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum EntryState {
    Loading,
    Ready,
}

struct Entry<V> {
    state: EntryState,
    ticket: u64,
    value: Option<V>,
    expires_at: u64,
}

struct Table<K, V> {
    entries: HashMap<K, Entry<V>>,
    next_ticket: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<Table<K, V>>,
    changed: Condvar,
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
            table: Mutex::new(Table { entries: HashMap::new(), next_ticket: 0 }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Table<K, V>> {
        match self.table.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let t = self.lock();
        let e = t.entries.get(key)?;
        if e.state == EntryState::Ready && self.clock.now() < e.expires_at {
            return e.value.clone();
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut t = self.lock();
        let mut waited_ticket: Option<u64> = None;
        loop {
            let now = self.clock.now();
            let mut must_load = true;
            if let Some(e) = t.entries.get(&key) {
                if e.state == EntryState::Ready {
                    let fresh = now < e.expires_at;
                    let shared = waited_ticket == Some(e.ticket);
                    if fresh || shared {
                        return e.value.clone().unwrap();
                    }
                } else {
                    // someone is loading: sleep until the table changes
                    waited_ticket = Some(e.ticket);
                    must_load = false;
                }
            }
            if must_load {
                break;
            }
            t = match self.changed.wait(t) {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
        }

        // We are the loader.
        let ticket = t.next_ticket;
        t.next_ticket += 1;
        t.entries.insert(
            key.clone(),
            Entry { state: EntryState::Loading, ticket, value: None, expires_at: 0 },
        );
        drop(t);

        let outcome = panic::catch_unwind(AssertUnwindSafe(|| loader(&key)));

        let mut t = self.lock();
        match outcome {
            Ok(value) => {
                let expires_at = self.clock.now().saturating_add(self.ttl);
                if let Some(e) = t.entries.get_mut(&key) {
                    if e.ticket == ticket {
                        e.state = EntryState::Ready;
                        e.value = Some(value.clone());
                        e.expires_at = expires_at;
                    }
                }
                drop(t);
                self.changed.notify_all();
                value
            }
            Err(payload) => {
                let is_ours = match t.entries.get(&key) {
                    Some(e) => e.ticket == ticket,
                    None => false,
                };
                if is_ours {
                    t.entries.remove(&key);
                }
                drop(t);
                self.changed.notify_all();
                panic::resume_unwind(payload)
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut t = self.lock();
        let ready = match t.entries.get(key) {
            Some(e) => e.state == EntryState::Ready,
            None => false,
        };
        if ready {
            t.entries.remove(key);
        }
    }
}
