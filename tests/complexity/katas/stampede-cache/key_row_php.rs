// learner: optimal
// idiom: Hack/PHP backend style: per-key "lock row" (Arc<KeyRow> with its own Mutex + Condvar) fetched from a registry map, is_loading flag, finally-style guard
//! A TTL cache that protects its backend from a cache stampede.

use std::collections::HashMap;
use std::sync::{Condvar, Mutex};
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

struct RowState<V> {
    value: Option<V>,
    expires_at: u64,
    is_loading: bool,
    version: u64,
}

struct KeyRow<V> {
    state: Mutex<RowState<V>>,
    changed: Condvar,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    rows: Mutex<HashMap<K, Arc<KeyRow<V>>>>,
}

/// Like a `finally { $row->is_loading = false; }` block.
struct Finally<'a, V> {
    row: &'a KeyRow<V>,
}

impl<'a, V> Drop for Finally<'a, V> {
    fn drop(&mut self) {
        let mut st = self.row.state.lock().unwrap_or_else(|e| e.into_inner());
        st.is_loading = false;
        self.row.changed.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, rows: Mutex::new(HashMap::new()) }
    }

    fn find_row(&self, key: &K) -> Option<Arc<KeyRow<V>>> {
        let rows = self.rows.lock().unwrap_or_else(|e| e.into_inner());
        rows.get(key).cloned()
    }

    fn row_for(&self, key: &K) -> Arc<KeyRow<V>> {
        let mut rows = self.rows.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(row) = rows.get(key) {
            return row.clone();
        }
        let row = Arc::new(KeyRow {
            state: Mutex::new(RowState { value: None, expires_at: 0, is_loading: false, version: 0 }),
            changed: Condvar::new(),
        });
        rows.insert(key.clone(), row.clone());
        row
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let row = self.find_row(key)?;
        let st = row.state.lock().unwrap_or_else(|e| e.into_inner());
        if st.value.is_some() && self.clock.now() < st.expires_at {
            return st.value.clone();
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let row = self.row_for(&key);
        let mut st = row.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(v) = &st.value {
                if self.clock.now() < st.expires_at {
                    return v.clone();
                }
            }
            if !st.is_loading {
                break;
            }
            // someone else is loading: wait for them
            let seen = st.version;
            st = row.changed.wait(st).unwrap_or_else(|e| e.into_inner());
            if st.version != seen && !st.is_loading {
                // their load finished while we waited: share it even if ttl == 0
                if let Some(v) = &st.value {
                    return v.clone();
                }
            }
        }
        st.is_loading = true;
        drop(st);

        let finally = Finally { row: &row };
        let value = loader(&key);
        {
            let mut st = row.state.lock().unwrap_or_else(|e| e.into_inner());
            st.value = Some(value.clone());
            st.expires_at = self.clock.now().saturating_add(self.ttl);
            st.version += 1;
        }
        drop(finally);
        value
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(row) = self.find_row(key) {
            let mut st = row.state.lock().unwrap_or_else(|e| e.into_inner());
            st.value = None;
        }
    }
}
