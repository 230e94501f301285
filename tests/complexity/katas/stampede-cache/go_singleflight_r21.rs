// learner: optimal
// idiom: Go-style: Mutex<HashMap> of slots, per-load Flight{Mutex,Condvar} (like singleflight), loop with explicit match arms, Drop guard for panics
//! A TTL cache that protects its backend from a cache stampede.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

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

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

struct Flight<V> {
    mu: Mutex<Outcome<V>>,
    cond: Condvar,
}

enum Slot<V> {
    Ready { value: V, expires: u64 },
    Loading(Arc<Flight<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    mu: Mutex<HashMap<K, Slot<V>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

struct Call<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    finished: bool,
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> Call<'a, K, V, C> {
    fn finish(mut self, v: V) -> V {
        let now = self.cache.clock.now();
        {
            let mut m = lock(&self.cache.mu);
            if self.cache.ttl > 0 {
                m.insert(self.key.clone(), Slot::Ready { value: v.clone(), expires: now.saturating_add(self.cache.ttl) });
            } else {
                m.remove(self.key);
            }
        }
        let mut st = lock(&self.flight.mu);
        *st = Outcome::Done(v.clone());
        self.flight.cond.notify_all();
        self.finished = true;
        v
    }
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for Call<'a, K, V, C> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        {
            let mut m = lock(&self.cache.mu);
            let ours = match m.get(self.key) {
                Some(Slot::Loading(f)) => Arc::ptr_eq(f, &self.flight),
                _ => false,
            };
            if ours {
                m.remove(self.key);
            }
        }
        let mut st = lock(&self.flight.mu);
        *st = Outcome::Failed;
        self.flight.cond.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl: ttl, clock: clock, mu: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let m = lock(&self.mu);
        match m.get(key) {
            Some(Slot::Ready { value, expires }) if now < *expires => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let now = self.clock.now();
            let mut m = lock(&self.mu);
            let waiting_on = match m.get(&key) {
                Some(Slot::Ready { value, expires }) if now < *expires => return value.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            if let Some(f) = waiting_on {
                drop(m);
                let st = lock(&f.mu);
                let st = f.cond.wait_while(st, |o| matches!(o, Outcome::Pending)).unwrap_or_else(PoisonError::into_inner);
                if let Outcome::Done(v) = &*st {
                    return v.clone();
                }
                continue; // failed: go round, maybe load ourselves
            }
            let flight = Arc::new(Flight { mu: Mutex::new(Outcome::Pending), cond: Condvar::new() });
            m.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
            drop(m);
            let call = Call { cache: self, key: &key, flight: flight, finished: false };
            let f = loader.take().expect("loader used once");
            let v = f(&key);
            return call.finish(v);
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = lock(&self.mu);
        let ready = match m.get(key) {
            Some(Slot::Ready { .. }) => true,
            _ => false,
        };
        if ready {
            m.remove(key);
        }
    }
}
