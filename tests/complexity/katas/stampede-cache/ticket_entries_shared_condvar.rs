// learner: optimal
// idiom: single Mutex<HashMap> + one cache-wide Condvar, Entry enum carrying a load ticket (InFlight{ticket} -> Cached{ticket, ...}) so waiters accept exactly their load, match-heavy
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
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


#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    InFlight,
    Cached { expires_at: u64 },
}

struct Entry<V> {
    ticket: u64,
    phase: Phase,
    value: Option<V>,
}

struct Table<K, V> {
    rows: HashMap<K, Entry<V>>,
    next_ticket: u64,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<Table<K, V>>,
    /// Signalled whenever any load finishes or is abandoned.
    settled: Condvar,
}

enum Step<V> {
    Serve(V),
    Wait(u64),
    Load(u64),
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache {
            ttl,
            clock,
            table: Mutex::new(Table { rows: HashMap::new(), next_ticket: 0 }),
            settled: Condvar::new(),
        }
    }

    fn latch(&self) -> MutexGuard<'_, Table<K, V>> {
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The cached value for `key` if it is fresh; never calls a loader and
    /// never waits for one.
    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let t = self.latch();
        match t.rows.get(key) {
            Some(Entry { phase: Phase::Cached { expires_at }, value: Some(v), .. }) if now < *expires_at => Some(v.clone()),
            _ => None,
        }
    }

    /// The value for `key`: the cached one if fresh, otherwise the result
    /// of `loader`.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut t = self.latch();
        let ticket = loop {
            let now = self.clock.now();
            let step = match t.rows.get(&key) {
                Some(Entry { phase: Phase::Cached { expires_at }, value: Some(v), .. }) if now < *expires_at => Step::Serve(v.clone()),
                Some(Entry { phase: Phase::InFlight, ticket, .. }) => Step::Wait(*ticket),
                _ => {
                    let tk = t.next_ticket;
                    t.next_ticket += 1;
                    Step::Load(tk)
                }
            };
            match step {
                Step::Serve(v) => return v,
                Step::Load(tk) => {
                    t.rows.insert(key.clone(), Entry { ticket: tk, phase: Phase::InFlight, value: None });
                    break tk;
                }
                Step::Wait(tk) => {
                    t = self
                        .settled
                        .wait_while(t, |tb| matches!(tb.rows.get(&key), Some(e) if e.ticket == tk && e.phase == Phase::InFlight))
                        .unwrap_or_else(PoisonError::into_inner);
                    // Our load finished: take its value even if the TTL
                    // already ran out (ttl == 0 still shares one load).
                    if let Some(Entry { ticket, phase: Phase::Cached { .. }, value: Some(v) }) = t.rows.get(&key) {
                        if *ticket == tk {
                            return v.clone();
                        }
                    }
                    // abandoned (loader panicked) or replaced: re-examine
                }
            }
        };
        drop(t);

        struct Abandon<'a, K: Eq + Hash, V> {
            table: &'a Mutex<Table<K, V>>,
            settled: &'a Condvar,
            key: &'a K,
            ticket: u64,
            armed: bool,
        }
        impl<K: Eq + Hash, V> Drop for Abandon<'_, K, V> {
            fn drop(&mut self) {
                if !self.armed {
                    return;
                }
                let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
                if t.rows.get(self.key).map_or(false, |e| e.ticket == self.ticket) {
                    t.rows.remove(self.key);
                }
                drop(t);
                self.settled.notify_all();
            }
        }
        let mut abandon = Abandon { table: &self.table, settled: &self.settled, key: &key, ticket, armed: true };

        let value = loader(&key);
        let expires_at = self.clock.now().saturating_add(self.ttl);
        let mut t = self.latch();
        t.rows.insert(key.clone(), Entry { ticket, phase: Phase::Cached { expires_at }, value: Some(value.clone()) });
        drop(t);
        abandon.armed = false;
        self.settled.notify_all();
        value
    }

    /// Drops the cached value for `key` (a load in progress is unaffected).
    pub fn invalidate(&self, key: &K) {
        let mut t = self.latch();
        let cached = match t.rows.get(key) {
            Some(Entry { phase: Phase::Cached { .. }, .. }) => true,
            Some(Entry { phase: Phase::InFlight, .. }) | None => false,
        };
        if cached {
            t.rows.remove(key);
        }
    }
}
