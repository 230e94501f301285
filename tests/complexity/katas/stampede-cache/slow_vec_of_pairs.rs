// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): entries live in a Vec<(K, Slot)> searched linearly by a find() helper
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

use std::sync::{Condvar, Mutex};

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

struct InFlight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

impl<V> InFlight<V> {
    fn new() -> Self {
        InFlight { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() }
    }

    fn finish(&self, outcome: Outcome<V>) {
        *self.outcome.lock().unwrap() = outcome;
        self.ready.notify_all();
    }
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<Vec<(K, Slot<V>)>>,
}

enum Role<V> {
    Wait(Arc<InFlight<V>>),
    Load(Arc<InFlight<V>>),
}

fn find<K: Eq, V>(entries: &[(K, Slot<V>)], key: &K) -> Option<usize> {
    for (i, (k, _)) in entries.iter().enumerate() {
        if k == key {
            return Some(i);
        }
    }
    None
}

fn lookup<'a, K: Eq, V>(entries: &'a [(K, Slot<V>)], key: &K) -> Option<&'a Slot<V>> {
    find(entries, key).map(|i| &entries[i].1)
}

fn put<K: Eq, V>(entries: &mut Vec<(K, Slot<V>)>, key: K, slot: Slot<V>) {
    match find(entries, &key) {
        Some(i) => entries[i].1 = slot,
        None => entries.push((key, slot)),
    }
}

fn take<K: Eq, V>(entries: &mut Vec<(K, Slot<V>)>, key: &K) {
    if let Some(i) = find(entries, key) {
        entries.swap_remove(i);
    }
}

/// Cleans up after a loader that panicked: frees the key and wakes the waiters.
struct LoadGuard<'a, K: Eq, V> {
    slots: &'a Mutex<Vec<(K, Slot<V>)>>,
    key: &'a K,
    flight: &'a Arc<InFlight<V>>,
    finished: bool,
}

impl<K: Eq, V> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Slot::Loading(f)) = lookup(&map, self.key) {
            if Arc::ptr_eq(f, self.flight) {
                take(&mut map, self.key);
            }
        }
        drop(map);
        self.flight.finish(Outcome::Failed);
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, slots: Mutex::new(Vec::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lookup(&self.slots.lock().unwrap(), key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let role = {
                let now = self.clock.now();
                let mut map = self.slots.lock().unwrap();
                match lookup(&map, &key) {
                    Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                    Some(Slot::Loading(f)) => Role::Wait(Arc::clone(f)),
                    _ => {
                        let f = Arc::new(InFlight::new());
                        put(&mut map, key.clone(), Slot::Loading(Arc::clone(&f)));
                        Role::Load(f)
                    }
                }
            };
            match role {
                Role::Wait(f) => {
                    let guard = f.outcome.lock().unwrap();
                    let guard = f.ready.wait_while(guard, |o| matches!(o, Outcome::Pending)).unwrap();
                    if let Outcome::Done(v) = &*guard {
                        return v.clone();
                    }
                    // the loader failed: go round again
                }
                Role::Load(f) => {
                    let mut cleanup = LoadGuard { slots: &self.slots, key: &key, flight: &f, finished: false };
                    let load = loader.take().expect("a caller loads at most once");
                    let value = load(&key);
                    let loaded_at = self.clock.now();
                    {
                        let mut map = self.slots.lock().unwrap();
                        if self.ttl > 0 {
                            let expires_at = loaded_at.saturating_add(self.ttl);
                            put(&mut map, key.clone(), Slot::Fresh { value: value.clone(), expires_at });
                        } else {
                            take(&mut map, &key);
                        }
                    }
                    f.finish(Outcome::Done(value.clone()));
                    cleanup.finished = true;
                    return value;
                }
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.slots.lock().unwrap();
        if let Some(Slot::Fresh { .. }) = lookup(&map, key) {
            take(&mut map, key);
        }
    }
}
