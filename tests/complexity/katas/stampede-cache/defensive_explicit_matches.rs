// learner: optimal
// idiom: defensive beginner: explicit matches everywhere, early returns, mem::replace to swap slot states, poisoned-lock handling
//! A TTL cache that protects its backend from a cache stampede.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

use std::collections::HashMap;
use std::mem;
use std::sync::{Condvar, Mutex};

enum Outcome<V> {
    Waiting,
    Loaded(V),
    Panicked,
}

struct Flight<V> {
    outcome: Mutex<Outcome<V>>,
    done: Condvar,
}

enum Slot<V> {
    Empty,
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Slot<V>>>,
}

struct PanicGuard<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: &'a Arc<Flight<V>>,
    completed: bool,
}

impl<K: Eq + Hash, V> Drop for PanicGuard<'_, K, V> {
    fn drop(&mut self) {
        if self.completed {
            return;
        }
        let mut map = match self.map.lock() {
            Ok(m) => m,
            Err(poisoned) => poisoned.into_inner(),
        };
        let is_ours = match map.get(self.key) {
            Some(Slot::Loading(f)) => Arc::ptr_eq(f, self.flight),
            _ => false,
        };
        if is_ours {
            map.remove(self.key);
        }
        drop(map);
        let mut outcome = match self.flight.outcome.lock() {
            Ok(o) => o,
            Err(poisoned) => poisoned.into_inner(),
        };
        *outcome = Outcome::Panicked;
        drop(outcome);
        self.flight.done.notify_all();
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
        let now = self.clock.now();
        let map = match self.map.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        let slot = match map.get(key) {
            Some(s) => s,
            None => return None,
        };
        match slot {
            Slot::Fresh { value, expires_at } => {
                if now < *expires_at {
                    Some(value.clone())
                } else {
                    None
                }
            }
            Slot::Loading(_) => None,
            Slot::Empty => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader: Option<F> = Some(loader);
        loop {
            let now = self.clock.now();
            let mut map = match self.map.lock() {
                Ok(m) => m,
                Err(p) => p.into_inner(),
            };
            let mut flight_to_wait: Option<Arc<Flight<V>>> = None;
            if let Some(slot) = map.get(&key) {
                match slot {
                    Slot::Fresh { value, expires_at } => {
                        if now < *expires_at {
                            return value.clone();
                        }
                    }
                    Slot::Loading(f) => flight_to_wait = Some(Arc::clone(f)),
                    Slot::Empty => {}
                }
            }

            let flight = match flight_to_wait {
                Some(f) => f,
                None => {
                    // we are the loader
                    let flight = Arc::new(Flight { outcome: Mutex::new(Outcome::Waiting), done: Condvar::new() });
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
                    drop(map);

                    let load = match loader.take() {
                        Some(l) => l,
                        None => panic!("loader already used"),
                    };
                    let mut guard = PanicGuard { map: &self.map, key: &key, flight: &flight, completed: false };
                    let value = load(&key);
                    let expires_at = self.clock.now().saturating_add(self.ttl);

                    let mut map = match self.map.lock() {
                        Ok(m) => m,
                        Err(p) => p.into_inner(),
                    };
                    if let Some(slot) = map.get_mut(&key) {
                        let ours = match slot {
                            Slot::Loading(f) => Arc::ptr_eq(f, &flight),
                            _ => false,
                        };
                        if ours {
                            let new_slot = if self.ttl == 0 {
                                Slot::Empty
                            } else {
                                Slot::Fresh { value: value.clone(), expires_at }
                            };
                            let _old = mem::replace(slot, new_slot);
                        }
                    }
                    if self.ttl == 0 {
                        let empty = match map.get(&key) {
                            Some(Slot::Empty) => true,
                            _ => false,
                        };
                        if empty {
                            map.remove(&key);
                        }
                    }
                    drop(map);

                    guard.completed = true;
                    let mut outcome = match flight.outcome.lock() {
                        Ok(o) => o,
                        Err(p) => p.into_inner(),
                    };
                    let _previous = mem::replace(&mut *outcome, Outcome::Loaded(value.clone()));
                    drop(outcome);
                    flight.done.notify_all();
                    return value;
                }
            };
            drop(map);

            let outcome = match flight.outcome.lock() {
                Ok(o) => o,
                Err(p) => p.into_inner(),
            };
            let outcome = match flight.done.wait_while(outcome, |o| matches!(o, Outcome::Waiting)) {
                Ok(o) => o,
                Err(p) => p.into_inner(),
            };
            match &*outcome {
                Outcome::Loaded(v) => return v.clone(),
                Outcome::Panicked => continue,
                Outcome::Waiting => continue,
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = match self.map.lock() {
            Ok(m) => m,
            Err(p) => p.into_inner(),
        };
        let cached = match map.get(key) {
            Some(Slot::Fresh { .. }) => true,
            _ => false,
        };
        if !cached {
            return;
        }
        map.remove(key);
    }
}
