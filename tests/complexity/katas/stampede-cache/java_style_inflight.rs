// learner: optimal
// idiom: Java/C#-style: InFlightLoad and cache classes with small methods (awaitResult/complete/fail), a guard class for panics
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
use std::sync::{Condvar, Mutex};

enum LoadState<V> {
    Pending,
    Completed(V),
    Failed,
}

struct InFlightLoad<V> {
    state: Mutex<LoadState<V>>,
    ready: Condvar,
}

impl<V: Clone> InFlightLoad<V> {
    fn new() -> Self {
        InFlightLoad { state: Mutex::new(LoadState::Pending), ready: Condvar::new() }
    }

    fn complete(&self, value: V) {
        *self.state.lock().unwrap() = LoadState::Completed(value);
        self.ready.notify_all();
    }

    fn fail(&self) {
        *self.state.lock().unwrap() = LoadState::Failed;
        self.ready.notify_all();
    }

    /// Blocks until the load ends; `None` if it failed.
    fn await_result(&self) -> Option<V> {
        let guard = self.state.lock().unwrap();
        let guard = self.ready.wait_while(guard, |s| matches!(s, LoadState::Pending)).unwrap();
        match &*guard {
            LoadState::Completed(v) => Some(v.clone()),
            _ => None,
        }
    }
}

enum Entry<V> {
    Cached { value: V, expires_at: u64 },
    Loading(Arc<InFlightLoad<V>>),
}

impl<V> Entry<V> {
    fn is_fresh(&self, now: u64) -> bool {
        match self {
            Entry::Cached { expires_at, .. } => now < *expires_at,
            Entry::Loading(_) => false,
        }
    }

    fn is_load(&self, load: &Arc<InFlightLoad<V>>) -> bool {
        match self {
            Entry::Loading(l) => Arc::ptr_eq(l, load),
            Entry::Cached { .. } => false,
        }
    }
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Entry<V>>>,
}

/// Publishes the result of a load; if dropped unfinished (the loader panicked), fails it.
struct LoadGuard<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    load: Arc<InFlightLoad<V>>,
    finished: bool,
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> LoadGuard<'a, K, V, C> {
    fn finish(mut self, value: V) {
        self.cache.store_result(self.key, &self.load, value.clone());
        self.load.complete(value);
        self.finished = true;
    }
}

impl<'a, K: Eq + Hash + Clone, V: Clone, C: Clock> Drop for LoadGuard<'a, K, V, C> {
    fn drop(&mut self) {
        if !self.finished {
            self.cache.abandon(self.key, &self.load);
            self.load.fail();
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
        StampedeCache { ttl, clock, entries: Mutex::new(HashMap::new()) }
    }

    fn get_ttl(&self) -> u64 {
        self.ttl
    }

    fn current_time(&self) -> u64 {
        self.clock.now()
    }

    fn store_result(&self, key: &K, load: &Arc<InFlightLoad<V>>, value: V) {
        let expires_at = self.current_time().saturating_add(self.get_ttl());
        let mut entries = self.entries.lock().unwrap();
        let ours = entries.get(key).map_or(false, |e| e.is_load(load));
        if !ours {
            return;
        }
        if self.get_ttl() == 0 {
            entries.remove(key);
        } else {
            entries.insert(key.clone(), Entry::Cached { value, expires_at });
        }
    }

    fn abandon(&self, key: &K, load: &Arc<InFlightLoad<V>>) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.get(key).map_or(false, |e| e.is_load(load)) {
            entries.remove(key);
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.current_time();
        let entries = self.entries.lock().unwrap();
        match entries.get(key) {
            Some(Entry::Cached { value, expires_at }) if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let now = self.current_time();
            let mut entries = self.entries.lock().unwrap();
            let waiting_on = match entries.get(&key) {
                Some(e) if e.is_fresh(now) => {
                    if let Entry::Cached { value, .. } = e {
                        return value.clone();
                    }
                    unreachable!()
                }
                Some(Entry::Loading(load)) => Arc::clone(load),
                _ => {
                    let load = Arc::new(InFlightLoad::new());
                    entries.insert(key.clone(), Entry::Loading(Arc::clone(&load)));
                    drop(entries);
                    let guard = LoadGuard { cache: self, key: &key, load, finished: false };
                    let value = (loader.take().expect("loader used once"))(&key);
                    guard.finish(value.clone());
                    return value;
                }
            };
            drop(entries);
            if let Some(v) = waiting_on.await_result() {
                return v;
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut entries = self.entries.lock().unwrap();
        if let Some(Entry::Cached { .. }) = entries.get(key) {
            entries.remove(key);
        }
    }
}
