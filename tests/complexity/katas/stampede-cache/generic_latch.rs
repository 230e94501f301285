// learner: optimal
// idiom: heavy generics: a generic one-shot Latch<T>, a Freshness trait on slots, generic lock helper
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
use std::sync::{Condvar, Mutex, MutexGuard};

/// Locks, shrugging off poisoning (no lock is ever held across user code).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A one-shot latch: opened once with `Some(value)` (success) or `None` (failure).
struct Latch<T> {
    slot: Mutex<Option<Option<T>>>,
    cv: Condvar,
}

impl<T: Clone> Latch<T> {
    fn new() -> Self {
        Latch { slot: Mutex::new(None), cv: Condvar::new() }
    }
    fn open(&self, outcome: Option<T>) {
        *lock(&self.slot) = Some(outcome);
        self.cv.notify_all();
    }
    fn wait(&self) -> Option<T> {
        let g = self.cv.wait_while(lock(&self.slot), |s| s.is_none()).unwrap_or_else(|p| p.into_inner());
        g.as_ref().and_then(|o| o.clone())
    }
}

/// Anything that can say whether it may still be served at `now`.
trait Freshness {
    fn fresh_at(&self, now: u64) -> bool;
}

enum Slot<V> {
    Value(V, u64),
    Pending(Arc<Latch<V>>),
}

impl<V> Freshness for Slot<V> {
    fn fresh_at(&self, now: u64) -> bool {
        matches!(self, Slot::Value(_, until) if now < *until)
    }
}

fn same<T>(slot: Option<&Slot<T>>, latch: &Arc<Latch<T>>) -> bool {
    matches!(slot, Some(Slot::Pending(l)) if Arc::ptr_eq(l, latch))
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    slots: Mutex<HashMap<K, Slot<V>>>,
}

/// Opens the latch with a failure if the loader unwinds.
struct OnUnwind<'a, K: Eq + Hash, V: Clone> {
    slots: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    latch: Arc<Latch<V>>,
    armed: bool,
}

impl<K: Eq + Hash, V: Clone> Drop for OnUnwind<'_, K, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut map = lock(self.slots);
            if same(map.get(self.key), &self.latch) {
                map.remove(self.key);
            }
            drop(map);
            self.latch.open(None);
        }
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
            Some(Slot::Value(v, until)) if now < *until => Some(v.clone()),
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
            let mut map = lock(&self.slots);
            let latch = match map.get(&key) {
                Some(s) if s.fresh_at(now) => match s {
                    Slot::Value(v, _) => return v.clone(),
                    Slot::Pending(_) => unreachable!("a pending slot is never fresh"),
                },
                Some(Slot::Pending(l)) => Arc::clone(l),
                _ => {
                    let latch = Arc::new(Latch::new());
                    map.insert(key.clone(), Slot::Pending(Arc::clone(&latch)));
                    drop(map);
                    let mut guard = OnUnwind { slots: &self.slots, key: &key, latch, armed: true };
                    let value = loader.take().expect("a caller loads at most once")(&key);
                    let until = self.clock.now().saturating_add(self.ttl);
                    {
                        let mut map = lock(&self.slots);
                        if same(map.get(&key), &guard.latch) {
                            if self.ttl == 0 {
                                map.remove(&key);
                            } else {
                                map.insert(key.clone(), Slot::Value(value.clone(), until));
                            }
                        }
                    }
                    guard.armed = false;
                    guard.latch.open(Some(value.clone()));
                    return value;
                }
            };
            drop(map);
            if let Some(v) = latch.wait() {
                return v;
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut map = lock(&self.slots);
        if matches!(map.get(key), Some(Slot::Value(..))) {
            map.remove(key);
        }
    }
}
