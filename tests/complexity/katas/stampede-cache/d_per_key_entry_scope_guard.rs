// learner: optimal
// idiom: D-style: map of per-key Arc<Entry> (own Mutex+Condvar per key), epoch counter, `scope(failure)`-like guard struct, wait_while
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};

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

struct State<V> {
    loading: bool,
    value: Option<V>,
    expires: u64,
    epoch: u64,
}

struct Entry<V> {
    state: Mutex<State<V>>,
    changed: Condvar,
}

impl<V> Entry<V> {
    fn new() -> Self {
        Entry {
            state: Mutex::new(State { loading: false, value: None, expires: 0, epoch: 0 }),
            changed: Condvar::new(),
        }
    }
}

/// Like D's `scope(failure)`: if dropped while still armed, clear the loading flag.
struct ScopeFailure<'a, V> {
    entry: &'a Entry<V>,
    armed: bool,
}

impl<V> Drop for ScopeFailure<'_, V> {
    fn drop(&mut self) {
        if self.armed {
            let mut st = self.entry.state.lock().unwrap_or_else(|p| p.into_inner());
            st.loading = false;
            self.entry.changed.notify_all();
        }
    }
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Arc<Entry<V>>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, entries: Mutex::new(HashMap::new()) }
    }

    fn entry(&self, key: &K) -> Option<Arc<Entry<V>>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner()).get(key).cloned()
    }

    fn entry_or_new(&self, key: &K) -> Arc<Entry<V>> {
        let mut map = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(key.clone()).or_insert_with(|| Arc::new(Entry::new())).clone()
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let e = self.entry(key)?;
        let now = self.clock.now();
        let st = e.state.lock().unwrap_or_else(|p| p.into_inner());
        st.value.as_ref().filter(|_| now < st.expires).cloned()
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let e = self.entry_or_new(&key);
        let mut st = e.state.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            let now = self.clock.now();
            if let Some(v) = st.value.as_ref().filter(|_| now < st.expires) {
                return v.clone();
            }
            if !st.loading {
                break;
            }
            let seen = st.epoch;
            st = e.changed.wait_while(st, |s| s.loading).unwrap_or_else(|p| p.into_inner());
            if st.epoch != seen {
                if let Some(v) = &st.value {
                    return v.clone();
                }
            }
        }
        st.loading = true;
        drop(st);

        let mut guard = ScopeFailure { entry: &e, armed: true };
        let v = loader(&key);
        let t = self.clock.now();
        let mut st = e.state.lock().unwrap_or_else(|p| p.into_inner());
        st.value = Some(v.clone());
        st.expires = t.saturating_add(self.ttl);
        st.epoch += 1;
        st.loading = false;
        e.changed.notify_all();
        guard.armed = false;
        v
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(e) = self.entry(key) {
            e.state.lock().unwrap_or_else(|p| p.into_inner()).value = None;
        }
    }
}
