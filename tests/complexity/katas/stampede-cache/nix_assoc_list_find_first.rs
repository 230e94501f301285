// learner: slow
// idiom: Nix: the cache is a list of `{ name = key; value = slot; }` pairs (what you would feed to listToAttrs), looked up with `lib.findFirst (p: p.name == key)`
// why: every get/get_or_load/invalidate scans the association list: O(n) per call in the number of cached keys, target O(1) expected

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

struct Flight<V> {
    outcome: Mutex<Outcome<V>>,
    ready: Condvar,
}

enum Slot<V> {
    Fresh { value: V, expires_at: u64 },
    Loading(Arc<Flight<V>>),
}

struct Pair<K, V> {
    name: K,
    value: Slot<V>,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    pairs: Mutex<Vec<Pair<K, V>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// findFirst (p: p.name == key) null pairs, as an index
fn find_first<K: Eq, V>(pairs: &[Pair<K, V>], key: &K) -> Option<usize> {
    for (i, p) in pairs.iter().enumerate() {
        if p.name == *key {
            return Some(i);
        }
    }
    None
}

struct Settle<'a, K: Eq, V, C> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    flight: Arc<Flight<V>>,
    settled: bool,
}

impl<'a, K: Eq, V, C> Drop for Settle<'a, K, V, C> {
    fn drop(&mut self) {
        if self.settled {
            return;
        }
        {
            let mut pairs = lock(&self.cache.pairs);
            if let Some(i) = find_first(&pairs, self.key) {
                if matches!(&pairs[i].value, Slot::Loading(f) if Arc::ptr_eq(f, &self.flight)) {
                    pairs.swap_remove(i);
                }
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
        StampedeCache { ttl, clock, pairs: Mutex::new(Vec::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let pairs = lock(&self.pairs);
        match find_first(&pairs, key).map(|i| &pairs[i].value) {
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
            let (flight, mine) = {
                let mut pairs = lock(&self.pairs);
                let now = self.clock.now();
                let at = find_first(&pairs, &key);
                match at.map(|i| &pairs[i].value) {
                    Some(Slot::Fresh { value, expires_at }) if now < *expires_at => return value.clone(),
                    Some(Slot::Loading(f)) => (Arc::clone(f), false),
                    _ => {
                        let f = Arc::new(Flight { outcome: Mutex::new(Outcome::Pending), ready: Condvar::new() });
                        let slot = Slot::Loading(Arc::clone(&f));
                        match at {
                            Some(i) => pairs[i].value = slot,
                            None => pairs.push(Pair { name: key.clone(), value: slot }),
                        }
                        (f, true)
                    }
                }
            };

            if !mine {
                let g = lock(&flight.outcome);
                let g = flight.ready.wait_while(g, |o| matches!(o, Outcome::Pending)).unwrap_or_else(|p| p.into_inner());
                if let Outcome::Done(v) = &*g {
                    return v.clone();
                }
                continue;
            }

            let mut settle = Settle { cache: self, key: &key, flight: Arc::clone(&flight), settled: false };
            let value = (loader.take().unwrap())(&key);
            let stored_at = self.clock.now();
            {
                let mut pairs = lock(&self.pairs);
                if let Some(i) = find_first(&pairs, &key) {
                    if matches!(&pairs[i].value, Slot::Loading(f) if Arc::ptr_eq(f, &flight)) {
                        if self.ttl > 0 {
                            pairs[i].value = Slot::Fresh { value: value.clone(), expires_at: stored_at.saturating_add(self.ttl) };
                        } else {
                            pairs.swap_remove(i);
                        }
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
        let mut pairs = lock(&self.pairs);
        if let Some(i) = find_first(&pairs, key) {
            if let Slot::Fresh { .. } = pairs[i].value {
                pairs.swap_remove(i);
            }
        }
    }
}
