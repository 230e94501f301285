// learner: optimal
// idiom: web-dev style: Slot enum (Fresh/Loading(Arc<InFlight>)), per-load Condvar, RAII LoadGuard with Drop for panic safety
//! A TTL cache that protects its backend from a cache stampede.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

use std::collections::HashMap;
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

impl<V: Clone> InFlight<V> {
    fn new() -> Arc<Self> {
        Arc::new(Self { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() })
    }

    fn publish(&self, outcome: Outcome<V>) {
        *self.outcome.lock().unwrap_or_else(|e| e.into_inner()) = outcome;
        self.ready.notify_all();
    }

    /// Blocks until the load finishes; `None` means it failed and the caller should retry.
    fn wait(&self) -> Option<V> {
        let guard = self.outcome.lock().unwrap_or_else(|e| e.into_inner());
        let guard = self
            .ready
            .wait_while(guard, |o| matches!(o, Outcome::Pending))
            .unwrap_or_else(|e| e.into_inner());
        match &*guard {
            Outcome::Done(v) => Some(v.clone()),
            _ => None,
        }
    }
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<InFlight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Cleans up if the loader unwinds: removes our Loading slot and wakes the waiters.
struct LoadGuard<'a, K: Eq + Hash, V: Clone> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: Arc<InFlight<V>>,
    armed: bool,
}

impl<K: Eq + Hash, V: Clone> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut map = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Slot::Loading(f)) = map.get(self.key) {
            if Arc::ptr_eq(f, &self.flight) {
                map.remove(self.key);
            }
        }
        drop(map);
        self.flight.publish(Outcome::Failed);
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, slots: Mutex::new(HashMap::new()) }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match self.lock().get(key)? {
            Slot::Fresh { value, expires_at } if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let flight = loop {
            let mut map = self.lock();
            let now = self.clock.now();
            match map.get(&key) {
                Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                Some(Slot::Loading(other)) => {
                    let other = Arc::clone(other);
                    drop(map);
                    if let Some(v) = other.wait() {
                        return v;
                    }
                    // the loader failed: go round and maybe load ourselves
                }
                _ => {
                    let mine = InFlight::new();
                    map.insert(key.clone(), Slot::Loading(Arc::clone(&mine)));
                    break mine;
                }
            }
        };

        let mut guard = LoadGuard { slots: &self.slots, key: &key, flight: Arc::clone(&flight), armed: true };
        let value = loader(&key);
        let loaded_at = self.clock.now();
        {
            let mut map = self.lock();
            let still_ours = matches!(map.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &flight));
            if still_ours {
                if self.ttl > 0 {
                    let expires_at = loaded_at.saturating_add(self.ttl);
                    map.insert(key.clone(), Slot::Fresh { value: value.clone(), expires_at });
                } else {
                    map.remove(&key);
                }
            }
        }
        guard.armed = false;
        flight.publish(Outcome::Done(value.clone()));
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = self.lock();
        if let Some(Slot::Fresh { .. }) = map.get(key) {
            map.remove(key);
        }
    }
}
