// learner: optimal
// idiom: teacher model answer: per-key Entry (own Mutex<EntryState> + Condvar) behind a short map lock, LoadTicket guard struct, documented states
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};

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

/// The life cycle of one key.
enum EntryState<V> {
    /// Nothing usable: never loaded, invalidated, or the last load panicked.
    Empty,
    /// One caller is running the loader; the others wait on the condvar.
    Loading,
    /// A loaded value and the clock reading at which it stops being fresh.
    Ready { value: V, expires_at: u64 },
}

/// Everything the cache knows about one key.
struct Entry<V> {
    state: Mutex<EntryState<V>>,
    /// Signalled whenever a load ends (with a value or with a panic).
    load_finished: Condvar,
}

impl<V> Entry<V> {
    fn new() -> Self {
        Entry { state: Mutex::new(EntryState::Empty), load_finished: Condvar::new() }
    }

    /// Locks the state; poisoning cannot leave it inconsistent, so it is ignored.
    fn lock(&self) -> MutexGuard<'_, EntryState<V>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Held by the caller that runs the loader. If the loader panics, dropping
/// the ticket resets the entry to `Empty` and wakes the waiters, so one of
/// them can load instead.
struct LoadTicket<'a, V> {
    entry: &'a Entry<V>,
    finished: bool,
}

impl<'a, V> LoadTicket<'a, V> {
    /// Publishes the loaded value and wakes everyone waiting for it.
    fn finish(mut self, value: V, expires_at: u64) {
        *self.entry.lock() = EntryState::Ready { value, expires_at };
        self.finished = true;
        self.entry.load_finished.notify_all();
    }
}

impl<'a, V> Drop for LoadTicket<'a, V> {
    fn drop(&mut self) {
        if !self.finished {
            *self.entry.lock() = EntryState::Empty;
            self.entry.load_finished.notify_all();
        }
    }
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    /// Held only to find or create an entry, never during a load.
    entries: Mutex<HashMap<K, Arc<Entry<V>>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    /// An empty cache.
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, entries: Mutex::new(HashMap::new()) }
    }

    fn entries(&self) -> MutexGuard<'_, HashMap<K, Arc<Entry<V>>>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The entry for `key`, if the cache has ever seen it.
    fn find(&self, key: &K) -> Option<Arc<Entry<V>>> {
        self.entries().get(key).cloned()
    }

    /// The entry for `key`, created empty if needed: one map operation.
    fn find_or_create(&self, key: &K) -> Arc<Entry<V>> {
        Arc::clone(self.entries().entry(key.clone()).or_insert_with(|| Arc::new(Entry::new())))
    }

    /// Whether a value that expires at `expires_at` may still be served.
    fn is_fresh(&self, expires_at: u64) -> bool {
        self.clock.now() < expires_at
    }

    /// The cached value for `key` if it is fresh; never loads, never waits.
    pub fn get(&self, key: &K) -> Option<V> {
        let entry = self.find(key)?;
        let state = entry.lock();
        match &*state {
            EntryState::Ready { value, expires_at } if self.is_fresh(*expires_at) => Some(value.clone()),
            _ => None,
        }
    }

    /// The value for `key`: cached if fresh, otherwise loaded by exactly one caller.
    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let entry = self.find_or_create(&key);
        let mut state = entry.lock();
        loop {
            match &*state {
                EntryState::Ready { value, expires_at } if self.is_fresh(*expires_at) => {
                    return value.clone();
                }
                EntryState::Loading => {
                    state = entry
                        .load_finished
                        .wait_while(state, |s| matches!(s, EntryState::Loading))
                        .unwrap_or_else(PoisonError::into_inner);
                    // The load we waited for is ours to share, even if the TTL
                    // already makes it stale; after a panic, go round and retry.
                    if let EntryState::Ready { value, .. } = &*state {
                        return value.clone();
                    }
                }
                EntryState::Empty | EntryState::Ready { .. } => break,
            }
        }
        // This caller loads: mark the entry, then run the loader unlocked.
        *state = EntryState::Loading;
        drop(state);
        let ticket = LoadTicket { entry: &entry, finished: false };
        let value = loader(&key);
        let expires_at = self.clock.now().saturating_add(self.ttl);
        ticket.finish(value.clone(), expires_at);
        value
    }

    /// Drops the cached value for `key`; a load in progress is unaffected.
    pub fn invalidate(&self, key: &K) {
        if let Some(entry) = self.find(key) {
            let mut state = entry.lock();
            if let EntryState::Ready { .. } = &*state {
                *state = EntryState::Empty;
            }
        }
    }
}
