// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): Swift-style "keep it tidy" — every call first sweeps the whole map with retain to drop expired entries
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

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

enum Outcome<V> {
    Pending,
    Done(V),
    Failed,
}

struct Flight<V> {
    outcome: Mutex<Outcome<V>>,
    finished: Condvar,
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

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Owned by the caller that runs the loader. If it is dropped without `finish`
/// (the loader panicked), the key is freed and the waiters are told to retry.
struct LoadGuard<'a, K: Eq + Hash, V> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    finished: bool,
}

impl<K: Eq + Hash, V> Drop for LoadGuard<'_, K, V> {
    fn drop(&mut self) {
        guard_unfinished(self.finished).map(|()| {
            {
                let mut slots = lock(self.slots);
                if let Some(Slot::Loading(current)) = slots.get(self.key) {
                    if Arc::ptr_eq(current, &self.flight) {
                        slots.remove(self.key);
                    }
                }
            }
            *lock(&self.flight.outcome) = Outcome::Failed;
            self.flight.finished.notify_all();
        });
    }
}

fn guard_unfinished(finished: bool) -> Option<()> {
    if finished { None } else { Some(()) }
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
        let slots = lock(&self.slots);
        let Some(Slot::Ready { value, expires_at }) = slots.get(key) else { return None };
        guard_fresh(now, *expires_at)?;
        Some(value.clone())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let flight = {
                let now = self.clock.now();
                let mut slots = lock(&self.slots);
                // purge stale entries so the cache never holds dead values
                slots.retain(|_, slot| match slot {
                    Slot::Ready { expires_at, .. } => now < *expires_at,
                    Slot::Loading(_) => true,
                });
                match slots.get(&key) {
                    Some(Slot::Ready { value, expires_at }) if now < *expires_at => return value.clone(),
                    Some(Slot::Loading(flight)) => Arc::clone(flight),
                    _ => {
                        let flight = Arc::new(Flight { outcome: Mutex::new(Outcome::Pending), finished: Condvar::new() });
                        slots.insert(key.clone(), Slot::Loading(Arc::clone(&flight)));
                        drop(slots);
                        let Some(load) = loader.take() else { unreachable!("the loader runs at most once") };
                        return self.run_load(&key, flight, load);
                    }
                }
            };
            let outcome = lock(&flight.outcome);
            let outcome = flight
                .finished
                .wait_while(outcome, |o| matches!(o, Outcome::Pending))
                .unwrap_or_else(PoisonError::into_inner);
            if let Outcome::Done(value) = &*outcome {
                return value.clone();
            }
            // Failed: somebody's loader panicked, go round and maybe load ourselves
        }
    }

    fn run_load<F: FnOnce(&K) -> V>(&self, key: &K, flight: Arc<Flight<V>>, load: F) -> V {
        let mut guard = LoadGuard { slots: &self.slots, key, flight, finished: false };
        let value = load(key);
        let expires_at = self.clock.now().saturating_add(self.ttl);
        lock(&self.slots).insert(key.clone(), Slot::Ready { value: value.clone(), expires_at });
        *lock(&guard.flight.outcome) = Outcome::Done(value.clone());
        guard.flight.finished.notify_all();
        guard.finished = true;
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut slots = lock(&self.slots);
        if let Some(Slot::Ready { .. }) = slots.get(key) {
            slots.remove(key);
        }
    }
}

fn guard_fresh(now: u64, expires_at: u64) -> Option<()> {
    (now < expires_at).then_some(())
}
