// learner: optimal
// idiom: SRE: one Mutex<HashMap<K, Slot>> with Fresh/Loading enum, Arc<(Mutex<Flight>, Condvar)> per load, Drop guard for panics, loop+match
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to.
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

enum Flight<V> {
    Pending,
    Done(V),
    Failed,
}

type FlightRef<V> = Arc<(Mutex<Flight<V>>, Condvar)>;

enum Slot<V> {
    Fresh { value: V, expires: u64 },
    Loading(FlightRef<V>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Slot<V>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

// Runs on the loader's way out, panic or not.
struct Publish<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: FlightRef<V>,
    done: bool,
}

impl<'a, K: Eq + Hash, V> Drop for Publish<'a, K, V> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        // loader panicked: clear our Loading slot, wake waiters so one retries
        {
            let mut m = lock(self.map);
            if let Some(Slot::Loading(f)) = m.get(self.key) {
                if Arc::ptr_eq(f, &self.flight) {
                    m.remove(self.key);
                }
            }
        }
        *lock(&self.flight.0) = Flight::Failed;
        self.flight.1.notify_all();
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
        match lock(&self.map).get(key) {
            Some(Slot::Fresh { value, expires }) if now < *expires => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let mut m = lock(&self.map);
            let now = self.clock.now();
            let wait_on = match m.get(&key) {
                Some(Slot::Fresh { value, expires }) if now < *expires => return value.clone(),
                Some(Slot::Loading(f)) => Some(Arc::clone(f)),
                _ => None,
            };
            if let Some(f) = wait_on {
                drop(m);
                let st = f.1.wait_while(lock(&f.0), |s| matches!(s, Flight::Pending)).unwrap_or_else(|e| e.into_inner());
                if let Flight::Done(v) = &*st {
                    return v.clone();
                }
                continue; // Failed: go round, maybe load ourselves
            }
            // we load
            let flight: FlightRef<V> = Arc::new((Mutex::new(Flight::Pending), Condvar::new()));
            m.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
            drop(m);
            let mut guard = Publish { map: &self.map, key: &key, flight: Arc::clone(&flight), done: false };
            let v = (loader.take().expect("loader used once"))(&key);
            let t = self.clock.now();
            {
                let mut m = lock(&self.map);
                let ours = matches!(m.get(&key), Some(Slot::Loading(f)) if Arc::ptr_eq(f, &flight));
                if ours {
                    if self.ttl > 0 {
                        m.insert(key.clone(), Slot::Fresh { value: v.clone(), expires: t.saturating_add(self.ttl) });
                    } else {
                        m.remove(&key);
                    }
                }
            }
            *lock(&flight.0) = Flight::Done(v.clone());
            flight.1.notify_all();
            guard.done = true;
            return v;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = lock(&self.map);
        if let Some(Slot::Fresh { .. }) = m.get(key) {
            m.remove(key);
        }
    }
}
