// learner: optimal
// idiom: Delphi/Object Pascal desktop developer: a dictionary of TCacheEntry objects (each with its own critical section and a TEvent-like Condvar), Loading/Generation fields, a try..finally-style guard that resets Loading when the loader raises
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

struct TEntryData<V> {
    Value: Option<V>,
    LoadedAt: u64,
    Loading: bool,
    /// Bumped by every successful load, so waiters know a load finished for them.
    Generation: u64,
}

struct TCacheEntry<V> {
    Data: Mutex<TEntryData<V>>,
    LoadFinished: Condvar,
}

fn LockData<V>(Entry: &TCacheEntry<V>) -> MutexGuard<'_, TEntryData<V>> {
    match Entry.Data.lock() {
        Ok(G) => G,
        Err(P) => P.into_inner(),
    }
}

/// Like the finally part of try..finally: if the loader raised, clear Loading and wake the others.
struct TLoadGuard<'a, V> {
    Entry: &'a TCacheEntry<V>,
    Done: bool,
}

impl<V> Drop for TLoadGuard<'_, V> {
    fn drop(&mut self) {
        if !self.Done {
            let mut Data = LockData(self.Entry);
            Data.Loading = false;
            drop(Data);
            self.Entry.LoadFinished.notify_all();
        }
    }
}

pub struct StampedeCache<K, V, C> {
    FTtl: u64,
    FClock: C,
    FEntries: Mutex<HashMap<K, Arc<TCacheEntry<V>>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { FTtl: ttl, FClock: clock, FEntries: Mutex::new(HashMap::new()) }
    }

    fn LockEntries(&self) -> MutexGuard<'_, HashMap<K, Arc<TCacheEntry<V>>>> {
        match self.FEntries.lock() {
            Ok(G) => G,
            Err(P) => P.into_inner(),
        }
    }

    fn FindEntry(&self, Key: &K) -> Option<Arc<TCacheEntry<V>>> {
        self.LockEntries().get(Key).cloned()
    }

    fn FindOrCreateEntry(&self, Key: &K) -> Arc<TCacheEntry<V>> {
        let mut Entries = self.LockEntries();
        if let Some(Entry) = Entries.get(Key) {
            return Arc::clone(Entry);
        }
        let Entry = Arc::new(TCacheEntry {
            Data: Mutex::new(TEntryData { Value: None, LoadedAt: 0, Loading: false, Generation: 0 }),
            LoadFinished: Condvar::new(),
        });
        Entries.insert(Key.clone(), Arc::clone(&Entry));
        Entry
    }

    fn IsFresh(&self, Data: &TEntryData<V>) -> bool {
        Data.Value.is_some() && self.FClock.now() < Data.LoadedAt.saturating_add(self.FTtl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let Entry = self.FindEntry(key)?;
        let Data = LockData(&Entry);
        if self.IsFresh(&Data) {
            Data.Value.clone()
        } else {
            None
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let Entry = self.FindOrCreateEntry(&key);
        let mut Data = LockData(&Entry);
        loop {
            if self.IsFresh(&Data) {
                return Data.Value.clone().unwrap();
            }
            if !Data.Loading {
                break;
            }
            let StartGeneration = Data.Generation;
            while Data.Loading {
                Data = match Entry.LoadFinished.wait(Data) {
                    Ok(G) => G,
                    Err(P) => P.into_inner(),
                };
            }
            if Data.Generation != StartGeneration {
                if let Some(Value) = &Data.Value {
                    return Value.clone(); // the load we waited for (even with ttl 0)
                }
            }
            // The loader raised (or the value was invalidated): look again.
        }
        Data.Loading = true;
        drop(Data);

        let mut Guard = TLoadGuard { Entry: &Entry, Done: false };
        let NewValue = loader(&key);
        let Now = self.FClock.now();

        let mut Data = LockData(&Entry);
        Data.Value = Some(NewValue.clone());
        Data.LoadedAt = Now;
        Data.Generation += 1;
        Data.Loading = false;
        Guard.Done = true;
        drop(Data);
        Entry.LoadFinished.notify_all();
        NewValue
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(Entry) = self.FindEntry(key) {
            LockData(&Entry).Value = None;
        }
    }
}
