// learner: optimal
// idiom: Go-style singleflight: map entry holds the cached value and an Arc<Call> for the load in flight, free helper fns (publish, wait_for, clear_inflight), retry loop with continue, Drop guard for panics
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
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

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

enum CallState<V> {
    Running,
    Done(V),
    Failed,
}

/// One in-flight load, shared by the loader and its waiters (like Go's singleflight call).
struct Call<V> {
    state: Mutex<CallState<V>>,
    cv: Condvar,
}

struct Entry<V> {
    cached: Option<(V, u64)>,
    inflight: Option<Arc<Call<V>>>,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Entry<V>>>,
}

fn publish<V>(call: &Call<V>, outcome: CallState<V>) {
    *lock(&call.state) = outcome;
    call.cv.notify_all();
}

fn wait_for<V: Clone>(call: &Call<V>) -> Option<V> {
    let mut st = lock(&call.state);
    loop {
        match &*st {
            CallState::Running => st = call.cv.wait(st).unwrap_or_else(|e| e.into_inner()),
            CallState::Done(v) => return Some(v.clone()),
            CallState::Failed => return None,
        }
    }
}

fn clear_inflight<K: Eq + Hash, V>(map: &mut HashMap<K, Entry<V>>, key: &K, call: &Arc<Call<V>>) {
    let empty = match map.get_mut(key) {
        Some(e) => {
            if e.inflight.as_ref().map_or(false, |c| Arc::ptr_eq(c, call)) {
                e.inflight = None;
            }
            e.cached.is_none() && e.inflight.is_none()
        }
        None => return,
    };
    if empty {
        map.remove(key);
    }
}

/// Runs on drop unless `done` is set: the loader panicked.
struct LoadGuard<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Entry<V>>>,
    key: &'a K,
    call: Arc<Call<V>>,
    done: bool,
}

impl<'a, K: Eq + Hash, V> Drop for LoadGuard<'a, K, V> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        clear_inflight(&mut lock(self.map), self.key, &self.call);
        publish(&self.call, CallState::Failed);
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, map: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let map = lock(&self.map);
        let e = map.get(key)?;
        let (v, until) = e.cached.as_ref()?;
        if self.clock.now() < *until {
            return Some(v.clone());
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        loop {
            let mut map = lock(&self.map);
            let now = self.clock.now();
            let entry = map.entry(key.clone()).or_insert(Entry { cached: None, inflight: None });
            if let Some((v, until)) = &entry.cached {
                if now < *until {
                    return v.clone();
                }
            }
            if let Some(call) = &entry.inflight {
                let call = Arc::clone(call);
                drop(map);
                match wait_for(&call) {
                    Some(v) => return v,
                    None => continue,
                }
            }
            let call = Arc::new(Call { state: Mutex::new(CallState::Running), cv: Condvar::new() });
            entry.inflight = Some(Arc::clone(&call));
            drop(map);

            let mut guard = LoadGuard { map: &self.map, key: &key, call, done: false };
            let value = loader(&key);
            let loaded_at = self.clock.now();
            {
                let mut map = lock(&self.map);
                if self.ttl > 0 {
                    let e = map.entry(key.clone()).or_insert(Entry { cached: None, inflight: None });
                    e.cached = Some((value.clone(), loaded_at.saturating_add(self.ttl)));
                }
                clear_inflight(&mut map, &key, &guard.call);
            }
            publish(&guard.call, CallState::Done(value.clone()));
            guard.done = true;
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = lock(&self.map);
        let gone = match map.get_mut(key) {
            Some(e) => {
                e.cached = None;
                e.inflight.is_none()
            }
            None => false,
        };
        if gone {
            map.remove(key);
        }
    }
}
