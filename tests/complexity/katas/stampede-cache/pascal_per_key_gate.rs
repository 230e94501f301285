// learner: optimal
// idiom: Delphi-style records; one gate Mutex per key held while loading (waiters block on it), plus a load generation counter so waiters reuse the load they waited for
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

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

/// The per-key turnstile. Whoever holds `Lock` is the loader of that key.
struct TGate<V> {
    Lock: Mutex<Option<V>>, // the value of the last finished load
    Generation: AtomicU64,  // how many loads finished
}

struct TEntry<V> {
    HasValue: bool,
    Value: Option<V>,
    ExpiresAt: u64,
    Gate: Arc<TGate<V>>,
}

#[allow(non_snake_case)]
pub struct StampedeCache<K, V, C> {
    Ttl: u64,
    Clock: C,
    Table: Mutex<HashMap<K, TEntry<V>>>,
}

#[allow(non_snake_case)]
impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { Ttl: ttl, Clock: clock, Table: Mutex::new(HashMap::new()) }
    }

    fn IsFresh(Entry: &TEntry<V>, Now: u64) -> bool {
        Entry.HasValue && Now < Entry.ExpiresAt
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let Now = self.Clock.now();
        let Table = self.Table.lock().unwrap_or_else(|E| E.into_inner());
        let mut Result = None;
        if let Some(Entry) = Table.get(key) {
            if Self::IsFresh(Entry, Now) {
                Result = Entry.Value.clone();
            }
        }
        Result
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut Loader = Some(loader);
        loop {
            // Step 1: look in the table, remember the gate and its generation.
            let Gate: Arc<TGate<V>>;
            let SeenGeneration: u64;
            {
                let mut Table = self.Table.lock().unwrap_or_else(|E| E.into_inner());
                let Now = self.Clock.now();
                let Entry = Table.entry(key.clone()).or_insert_with(|| TEntry {
                    HasValue: false,
                    Value: None,
                    ExpiresAt: 0,
                    Gate: Arc::new(TGate { Lock: Mutex::new(None), Generation: AtomicU64::new(0) }),
                });
                if Self::IsFresh(Entry, Now) {
                    return Entry.Value.clone().unwrap();
                }
                Gate = Arc::clone(&Entry.Gate);
                SeenGeneration = Gate.Generation.load(Ordering::SeqCst);
            }

            // Step 2: pass the turnstile. Blocks while another caller loads this key.
            let mut Last = Gate.Lock.lock().unwrap_or_else(|E| E.into_inner());
            if Gate.Generation.load(Ordering::SeqCst) != SeenGeneration {
                // A load finished while we waited: share it.
                if let Some(V) = Last.as_ref() {
                    return V.clone();
                }
                continue;
            }

            // Step 3: we are the loader. A panic here poisons the gate but leaves the
            // generation unchanged, so the next waiter loads again.
            let TheLoader = match Loader.take() {
                Some(L) => L,
                None => unreachable!(),
            };
            let Value = TheLoader(&key);
            *Last = Some(Value.clone());
            let StoredAt = self.Clock.now();
            {
                let mut Table = self.Table.lock().unwrap_or_else(|E| E.into_inner());
                if let Some(Entry) = Table.get_mut(&key) {
                    if self.Ttl > 0 {
                        Entry.HasValue = true;
                        Entry.Value = Some(Value.clone());
                        Entry.ExpiresAt = StoredAt.saturating_add(self.Ttl);
                    } else {
                        Entry.HasValue = false;
                        Entry.Value = None;
                    }
                }
                Gate.Generation.fetch_add(1, Ordering::SeqCst);
            }
            drop(Last);
            return Value;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut Table = self.Table.lock().unwrap_or_else(|E| E.into_inner());
        if let Some(Entry) = Table.get_mut(key) {
            Entry.HasValue = false;
            Entry.Value = None;
        }
    }
}

