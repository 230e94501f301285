// learner: optimal
// idiom: OOP: Slot enum (Ready / Loading(Arc<Flight>)), Flight with land()/await_landing() via Condvar::wait_while, a generic Defer<F: FnOnce()> closure guard, claim() returning Result<V, (flight, mine)>
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

/// Runs a closure when dropped, unless disarmed (a small "defer" helper).
struct Defer<F: FnOnce()> {
    action: Option<F>,
}

impl<F: FnOnce()> Defer<F> {
    fn new(action: F) -> Self {
        Defer { action: Some(action) }
    }
    fn disarm(mut self) {
        self.action = None;
    }
}

impl<F: FnOnce()> Drop for Defer<F> {
    fn drop(&mut self) {
        if let Some(f) = self.action.take() {
            f();
        }
    }
}

/// The outcome of one load, as seen by the callers waiting for it.
struct Flight<V> {
    outcome: Mutex<Option<Option<V>>>, // None: running; Some(None): panicked; Some(Some(v)): done
    landed: Condvar,
}

impl<V: Clone> Flight<V> {
    fn new() -> Arc<Self> {
        Arc::new(Flight { outcome: Mutex::new(None), landed: Condvar::new() })
    }

    fn land(&self, result: Option<V>) {
        *self.outcome.lock().unwrap_or_else(|p| p.into_inner()) = Some(result);
        self.landed.notify_all();
    }

    fn await_landing(&self) -> Option<V> {
        let guard = self.outcome.lock().unwrap_or_else(|p| p.into_inner());
        let guard = self
            .landed
            .wait_while(guard, |o| o.is_none())
            .unwrap_or_else(|p| p.into_inner());
        guard.clone().flatten()
    }
}

enum Slot<V> {
    Ready { value: V, until: u64 },
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
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

    fn slots(&self) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        self.slots.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn get(&self, key: &K) -> Option<V> {
        match self.slots().get(key) {
            Some(Slot::Ready { value, until }) if self.clock.now() < *until => Some(value.clone()),
            _ => None,
        }
    }

    /// Either a fresh value, a flight to wait for, or a new flight that we must fly.
    fn claim(&self, key: &K) -> Result<V, (Arc<Flight<V>>, bool)> {
        let mut slots = self.slots();
        let now = self.clock.now();
        match slots.get(key) {
            Some(Slot::Ready { value, until }) if now < *until => return Ok(value.clone()),
            Some(Slot::Loading(f)) => return Err((Arc::clone(f), false)),
            _ => {}
        }
        let flight = Flight::new();
        slots.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
        Err((flight, true))
    }

    fn settle(&self, key: &K, flight: &Arc<Flight<V>>, value: Option<(V, u64)>) {
        let mut slots = self.slots();
        let ours = matches!(slots.get(key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, flight));
        if ours {
            match value {
                Some((value, until)) if self.ttl > 0 => {
                    slots.insert(key.clone(), Slot::Ready { value, until });
                }
                _ => {
                    slots.remove(key);
                }
            }
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let (flight, mine) = match self.claim(&key) {
                Ok(v) => return v,
                Err(claim) => claim,
            };
            if !mine {
                if let Some(v) = flight.await_landing() {
                    return v;
                }
                continue;
            }
            let on_panic = Defer::new(|| {
                self.settle(&key, &flight, None);
                flight.land(None);
            });
            let load = loader.take().expect("the loader runs at most once");
            let value = load(&key);
            on_panic.disarm();
            let until = self.clock.now().saturating_add(self.ttl);
            self.settle(&key, &flight, Some((value.clone(), until)));
            flight.land(Some(value.clone()));
            return value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = self.slots();
        if let Some(Slot::Ready { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}
