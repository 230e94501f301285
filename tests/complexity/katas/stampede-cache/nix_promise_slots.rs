// learner: optimal
// idiom: Nix: each key's slot is a tagged value `{ type = "fresh"; value; expiresAt; }` or `{ type = "loading"; flight; }`; a loading slot is a shared promise (Mutex<Outcome> + Condvar) that waiters force
// why: every call does O(1) expected HashMap operations under the map lock; the loader runs outside it; waiters block on the flight's Condvar (no polling)

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};
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

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

/// a promise: filled once by the loader, forced by everyone else
struct Flight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// settles the flight even if the loader unwinds
struct Settle<'a, K: Eq + Hash, V, C> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    settled: bool,
}

impl<'a, K: Eq + Hash, V, C> Drop for Settle<'a, K, V, C> {
    fn drop(&mut self) {
        if self.settled {
            return;
        }
        {
            let mut slots = lock(&self.cache.slots);
            if matches!(slots.get(self.key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &self.flight)) {
                slots.remove(self.key);
            }
        }
        *lock(&self.flight.outcome) = Outcome::Failed;
        self.flight.ready.notify_all();
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

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        match lock(&self.slots).get(key) {
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
            // look at the slot: fresh -> done, loading -> wait, else -> we load
            let (flight, mine) = {
                let mut slots = lock(&self.slots);
                let now = self.clock.now();
                match slots.get(&key) {
                    Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                    Some(Slot::Loading(f)) => (Arc::clone(f), false),
                    _ => {
                        let f = Arc::new(Flight { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() });
                        slots.insert(key.clone(), Slot::Loading(Arc::clone(&f)));
                        (f, true)
                    }
                }
            };

            if !mine {
                let outcome = lock(&flight.outcome);
                let outcome = flight
                    .ready
                    .wait_while(outcome, |o| matches!(o, Outcome::Pending))
                    .unwrap_or_else(|p| p.into_inner());
                match &*outcome {
                    Outcome::Done(v) => return v.clone(),
                    _ => continue, // the loader panicked: try again
                }
            }

            let mut settle = Settle { cache: self, key: &key, flight: Arc::clone(&flight), settled: false };
            let load = loader.take().expect("a caller loads at most once");
            let value = load(&key);
            let stored_at = self.clock.now();
            {
                let mut slots = lock(&self.slots);
                let still_ours = matches!(slots.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &flight));
                if still_ours {
                    if self.ttl > 0 {
                        let expires_at = stored_at.saturating_add(self.ttl);
                        slots.insert(key.clone(), Slot::Fresh { value: value.clone(), expires_at });
                    } else {
                        slots.remove(&key);
                    }
                }
            }
            *lock(&flight.outcome) = Outcome::Done(value.clone());
            flight.ready.notify_all();
            settle.settled = true;
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = lock(&self.slots);
        if let Some(Slot::Fresh { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
