// learner: optimal
// idiom: Tcl-ish: one map of slot records (Ready / Loading), in-flight record with Mutex+Condvar, a guard struct whose Drop publishes or fails the load, helper procs
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};

pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

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

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

struct Flight<V> {
    outcome: Mutex<Outcome<V>>,
    cv: Condvar,
}

enum Slot<V> {
    Ready { value: V, expires_at: u64 },
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

// helper proc: finish a flight and wake everybody waiting on it
fn finish<V>(flight: &Flight<V>, how: Outcome<V>) {
    let mut o = flight.outcome.lock().unwrap_or_else(|e| e.into_inner());
    *o = how;
    flight.cv.notify_all();
}

struct LoadGuard<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    done: bool,
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for LoadGuard<'a, K, V, C> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        // the loader panicked: forget the Loading slot, let waiters retry
        let mut map = self.cache.slots.lock().unwrap_or_else(|e| e.into_inner());
        let ours = matches!(map.get(self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight));
        if ours {
            map.remove(self.key);
        }
        drop(map);
        finish(&self.flight, Outcome::Failed);
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

    fn lock_map(&self) -> std::sync::MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let map = self.lock_map();
        match map.get(key) {
            Some(Slot::Ready { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let flight = loop {
            let now = self.clock.now();
            let mut map = self.lock_map();
            let waiting_on = match map.get(&key) {
                Some(Slot::Ready { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            match waiting_on {
                Some(f) => {
                    drop(map);
                    let mut o = f.outcome.lock().unwrap_or_else(|e| e.into_inner());
                    while let Outcome::Pending = *o {
                        o = f.cv.wait(o).unwrap_or_else(|e| e.into_inner());
                    }
                    if let Outcome::Done(v) = &*o {
                        return v.clone();
                    }
                    // Failed: go round again, maybe we load it ourselves
                }
                None => {
                    let f = Arc::new(Flight { outcome: Mutex::new(Outcome::Pending), cv: Condvar::new() });
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                    break f;
                }
            }
        };

        let mut guard = LoadGuard { cache: self, key: &key, flight, done: false };
        let value = loader(&key);
        let loaded_at = self.clock.now();
        {
            let mut map = self.lock_map();
            let ours = matches!(map.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &guard.flight));
            if ours {
                if self.ttl > 0 {
                    let expires_at = loaded_at.saturating_add(self.ttl);
                    map.insert(key.clone(), Slot::Ready { value: value.clone(), expires_at });
                } else {
                    map.remove(&key);
                }
            }
        }
        finish(&guard.flight, Outcome::Done(value.clone()));
        guard.done = true;
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.lock_map();
        if let Some(Slot::Ready { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
