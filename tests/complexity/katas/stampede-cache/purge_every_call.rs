// learner: slow
// idiom: Delphi/Object Pascal desktop developer: one dictionary of TItem records and one cache-wide Condvar (like a single TEvent), a PurgeExpired housekeeping procedure called at the start of every public method to keep memory tidy
// why: get_or_load, get and invalidate are O(n) in the number of cached keys instead of O(1): PurgeExpired runs HashMap::retain over every entry on every call.
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
use std::sync::{Condvar, Mutex, MutexGuard};

enum TItem<V> {
    Loading,
    Loaded(V, u64),
}

pub struct StampedeCache<K, V, C> {
    FTtl: u64,
    FClock: C,
    FItems: Mutex<HashMap<K, TItem<V>>>,
    FLoadDone: Condvar,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { FTtl: ttl, FClock: clock, FItems: Mutex::new(HashMap::new()), FLoadDone: Condvar::new() }
    }

    fn LockItems(&self) -> MutexGuard<'_, HashMap<K, TItem<V>>> {
        match self.FItems.lock() {
            Ok(G) => G,
            Err(P) => P.into_inner(),
        }
    }

    /// Housekeeping: drop every expired value (loads in progress stay).
    fn PurgeExpired(&self, Items: &mut HashMap<K, TItem<V>>) {
        let Now = self.FClock.now();
        let Ttl = self.FTtl;
        Items.retain(|_, Item| match Item {
            TItem::Loading => true,
            TItem::Loaded(_, LoadedAt) => Now < LoadedAt.saturating_add(Ttl),
        });
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let mut Items = self.LockItems();
        self.PurgeExpired(&mut Items);
        match Items.get(key) {
            Some(TItem::Loaded(Value, _)) => Some(Value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut Items = self.LockItems();
        self.PurgeExpired(&mut Items);
        let mut WasWaiting = false;
        loop {
            match Items.get(&key) {
                Some(TItem::Loaded(Value, LoadedAt)) => {
                    if WasWaiting || self.FClock.now() < LoadedAt.saturating_add(self.FTtl) {
                        return Value.clone();
                    }
                    break;
                }
                Some(TItem::Loading) => {
                    WasWaiting = true;
                    Items = match self.FLoadDone.wait(Items) {
                        Ok(G) => G,
                        Err(P) => P.into_inner(),
                    };
                }
                None => break,
            }
        }
        Items.insert(key.clone(), TItem::Loading);
        drop(Items);

        struct TFinally<'a, K: Eq + Hash, V> {
            Items: &'a Mutex<HashMap<K, TItem<V>>>,
            Done: &'a Condvar,
            Key: &'a K,
            Success: bool,
        }
        impl<K: Eq + Hash, V> Drop for TFinally<'_, K, V> {
            fn drop(&mut self) {
                if !self.Success {
                    let mut Items = match self.Items.lock() {
                        Ok(G) => G,
                        Err(P) => P.into_inner(),
                    };
                    Items.remove(self.Key);
                    drop(Items);
                    self.Done.notify_all();
                }
            }
        }
        let mut Finally = TFinally { Items: &self.FItems, Done: &self.FLoadDone, Key: &key, Success: false };
        let NewValue = loader(&key);
        let Now = self.FClock.now();
        let mut Items = self.LockItems();
        Items.insert(key.clone(), TItem::Loaded(NewValue.clone(), Now));
        Finally.Success = true;
        drop(Items);
        self.FLoadDone.notify_all();
        NewValue
    }

    pub fn invalidate(&self, key: &K) {
        let mut Items = self.LockItems();
        self.PurgeExpired(&mut Items);
        if let Some(TItem::Loaded(_, _)) = Items.get(key) {
            Items.remove(key);
        }
    }
}
