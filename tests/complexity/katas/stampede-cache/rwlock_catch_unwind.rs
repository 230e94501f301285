// learner: optimal
// idiom: RwLock map (read lock for hits), Option<Option<V>> in-flight result, catch_unwind + resume_unwind instead of a Drop guard
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
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

use std::collections::HashMap;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, RwLock};

/// None while loading; Some(None) if the loader panicked; Some(Some(v)) when done.
struct Pending<V> {
    result: Mutex<Option<Option<V>>>,
    signal: Condvar,
}

#[derive(Clone)]
enum Entry<V> {
    Ready(V, u64),
    InProgress(Arc<Pending<V>>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: RwLock<HashMap<K, Entry<V>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, entries: RwLock::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let entries = self.entries.read().unwrap();
        if let Some(Entry::Ready(v, expiry)) = entries.get(key) {
            if now < *expiry {
                return Some(v.clone());
            }
        }
        None
    }

    fn publish(&self, key: &K, pending: &Arc<Pending<V>>, outcome: Option<V>, at: u64) {
        {
            let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
            match &outcome {
                Some(v) if self.ttl > 0 => {
                    entries.insert(key.clone(), Entry::Ready(v.clone(), at.saturating_add(self.ttl)));
                }
                _ => {
                    let ours = matches!(entries.get(key), Some(Entry::InProgress(p)) if Arc::ptr_eq(p, pending));
                    if ours {
                        entries.remove(key);
                    }
                }
            }
        }
        *pending.result.lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
        pending.signal.notify_all();
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        if let Some(v) = self.get(&key) {
            return v;
        }
        let mut loader = Some(loader);
        loop {
            let (pending, mine) = {
                let now = self.clock.now();
                let mut entries = self.entries.write().unwrap();
                match entries.get(&key).cloned() {
                    Some(Entry::Ready(v, expiry)) if now < expiry => return v,
                    Some(Entry::InProgress(p)) => (p, false),
                    _ => {
                        let p = Arc::new(Pending { result: Mutex::new(None), signal: Condvar::new() });
                        entries.insert(key.clone(), Entry::InProgress(Arc::clone(&p)));
                        (p, true)
                    }
                }
            };
            if mine {
                let run = loader.take().unwrap();
                match catch_unwind(AssertUnwindSafe(|| run(&key))) {
                    Ok(v) => {
                        self.publish(&key, &pending, Some(v.clone()), self.clock.now());
                        return v;
                    }
                    Err(panic) => {
                        self.publish(&key, &pending, None, 0);
                        resume_unwind(panic);
                    }
                }
            }
            let mut result = pending.result.lock().unwrap();
            while result.is_none() {
                result = pending.signal.wait(result).unwrap();
            }
            if let Some(Some(v)) = result.as_ref() {
                return v.clone();
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut entries = self.entries.write().unwrap();
        if matches!(entries.get(key), Some(Entry::Ready(..))) {
            entries.remove(key);
        }
    }
}
