// learner: optimal
// idiom: one Mutex<HashMap> plus one shared Condvar waited on with the map guard, load tickets (generation numbers) instead of per-load state
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

enum Entry<V> {
    Loading { ticket: u64 },
    Ready { value: V, expires_at: u64, ticket: u64 },
}

struct Inner<K, V> {
    entries: HashMap<K, Entry<V>>,
    next_ticket: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    inner: Mutex<Inner<K, V>>,
    settled: Condvar,
}

struct Abandon<'a, K: Eq + Hash, V, C> {
    cache: &'a StampedeCache<K, V, C>,
    key: &'a K,
    ticket: u64,
    armed: bool,
}

impl<K: Eq + Hash, V, C> Drop for Abandon<'_, K, V, C> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut inner = self.cache.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Entry::Loading { ticket }) = inner.entries.get(self.key) {
            if *ticket == self.ticket {
                inner.entries.remove(self.key);
            }
        }
        self.cache.settled.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache {
            ttl,
            clock,
            inner: Mutex::new(Inner { entries: HashMap::new(), next_ticket: 1 }),
            settled: Condvar::new(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Entry::Ready { value, expires_at, .. }) = inner.entries.get(key) {
            if self.clock.now() < *expires_at {
                return Some(value.clone());
            }
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let mut waited_on: Option<u64> = None;
        let my_ticket = loop {
            match inner.entries.get(&key) {
                Some(Entry::Ready { value, expires_at, ticket }) => {
                    if self.clock.now() < *expires_at || waited_on == Some(*ticket) {
                        return value.clone();
                    }
                }
                Some(Entry::Loading { ticket }) => {
                    waited_on = Some(*ticket);
                    inner = self.settled.wait(inner).unwrap_or_else(|e| e.into_inner());
                    continue;
                }
                None => {}
            }
            let t = inner.next_ticket;
            inner.next_ticket += 1;
            inner.entries.insert(key.clone(), Entry::Loading { ticket: t });
            break t;
        };
        drop(inner);

        let mut abandon = Abandon { cache: self, key: &key, ticket: my_ticket, armed: true };
        let value = loader(&key);
        abandon.armed = false;
        let expires_at = self.clock.now().saturating_add(self.ttl);
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let still_ours = matches!(inner.entries.get(&key), Some(Entry::Loading { ticket }) if *ticket == my_ticket);
        if still_ours {
            inner.entries.insert(
                key.clone(),
                Entry::Ready { value: value.clone(), expires_at, ticket: my_ticket },
            );
        }
        drop(inner);
        self.settled.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Entry::Ready { .. }) = inner.entries.get(key) {
            inner.entries.remove(key);
        }
    }
}
