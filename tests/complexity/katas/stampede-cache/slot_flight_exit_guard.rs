// learner: optimal
// idiom: Erlang veteran: Slot and Flight-state enums as messages, per-key in-flight record with Condvar, Drop guard as the 'EXIT' signal that fails the flight
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::marker::PhantomData;
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

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

enum FlightState<V> {
    Pending,
    Done(V),
    Failed,
}

struct Flight<V> {
    state: Mutex<FlightState<V>>,
    wake: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<Flight<V>>),
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<HashMap<K, Slot<V>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Sent on drop: if the loader never delivered, the flight is failed and the slot cleared.
struct Exit<'a, K: Eq + Hash, V> {
    table: &'a Mutex<HashMap<K, Slot<V>>>,
    key: Option<K>,
    flight: Arc<Flight<V>>,
}

impl<K: Eq + Hash, V> Drop for Exit<'_, K, V> {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            let mut t = lock(self.table);
            if matches!(t.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight)) {
                t.remove(&key);
            }
            drop(t);
            *lock(&self.flight.state) = FlightState::Failed;
            self.flight.wake.notify_all();
        }
    }
}

enum Next<V> {
    Hit(V),
    Wait(Arc<Flight<V>>),
    Load(Arc<Flight<V>>),
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, table: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lock(&self.table).get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    fn decide(&self, key: &K) -> Next<V> {
        let now = self.clock.now();
        let mut t = lock(&self.table);
        match t.get(key) {
            Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return Next::Hit(value.clone()),
            Some(Slot::Loading(f)) => return Next::Wait(Arc::clone(f)),
            _ => {}
        }
        let f = Arc::new(Flight { state: Mutex::new(FlightState::Pending), wake: Condvar::new() });
        t.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
        Next::Load(f)
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            match self.decide(&key) {
                Next::Hit(v) => return v,
                Next::Wait(f) => {
                    let st = lock(&f.state);
                    let st = f.wake.wait_while(st, |s| matches!(s, FlightState::Pending)).unwrap_or_else(PoisonError::into_inner);
                    match &*st {
                        FlightState::Done(v) => return v.clone(),
                        _ => continue, // the loader crashed: go round, maybe load ourselves
                    }
                }
                Next::Load(f) => {
                    let mut exit = Exit { table: &self.table, key: Some(key.clone()), flight: Arc::clone(&f) };
                    let run = loader.take().expect("a caller loads at most once");
                    let value = run(&key);
                    let loaded_at = self.clock.now();
                    exit.key = None; // delivered: no crash signal
                    {
                        let mut t = lock(&self.table);
                        if self.ttl > 0 {
                            t.insert(key, Slot::Fresh { value: value.clone(), expires_at: loaded_at.saturating_add(self.ttl) });
                        } else {
                            t.remove(&key);
                        }
                    }
                    *lock(&f.state) = FlightState::Done(value.clone());
                    f.wake.notify_all();
                    return value;
                }
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut t = lock(&self.table);
        if let Some(Slot::Fresh { .. }) = t.get(key) {
            t.remove(key);
        }
    }
}
