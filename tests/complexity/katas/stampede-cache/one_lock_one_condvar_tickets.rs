// learner: optimal
// idiom: Tcl/Tk tools engineer: the whole cache is one table behind one lock and one Condvar (like a single event loop), every load gets a ticket number and waiters wake up and look for their ticket
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. (Provided.)
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

enum Row<V> {
    Loading { ticket: u64 },
    Done { ticket: u64, value: V, when: u64 },
}

struct Table<K, V> {
    rows: HashMap<K, Row<V>>,
    next_ticket: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<Table<K, V>>,
    wakeup: Condvar,
}

struct Cleanup<'a, K: Eq + Hash, V> {
    table: &'a Mutex<Table<K, V>>,
    wakeup: &'a Condvar,
    key: &'a K,
    ticket: u64,
    ok: bool,
}

impl<K: Eq + Hash, V> Drop for Cleanup<'_, K, V> {
    fn drop(&mut self) {
        if self.ok {
            return;
        }
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(Row::Loading { ticket }) = t.rows.get(self.key) {
            if *ticket == self.ticket {
                t.rows.remove(self.key);
            }
        }
        drop(t);
        self.wakeup.notify_all();
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
            table: Mutex::new(Table { rows: HashMap::new(), next_ticket: 0 }),
            wakeup: Condvar::new(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(Row::Done { value, when, .. }) = t.rows.get(key) {
            if now < when.saturating_add(self.ttl) {
                return Some(value.clone());
            }
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        let mut waiting_for: Option<u64> = None;
        let my_ticket = loop {
            let now = self.clock.now();
            match t.rows.get(&key) {
                Some(Row::Done { value, when, .. }) if now < when.saturating_add(self.ttl) => return value.clone(),
                Some(Row::Done { ticket, value, .. }) if Some(*ticket) == waiting_for => return value.clone(),
                Some(Row::Loading { ticket }) => {
                    waiting_for = Some(*ticket);
                    t = self.wakeup.wait(t).unwrap_or_else(PoisonError::into_inner);
                }
                _ => {
                    let ticket = t.next_ticket;
                    t.next_ticket += 1;
                    t.rows.insert(key.clone(), Row::Loading { ticket });
                    break ticket;
                }
            }
        };
        drop(t);

        let mut cleanup = Cleanup { table: &self.table, wakeup: &self.wakeup, key: &key, ticket: my_ticket, ok: false };
        let value = loader(&key);
        let when = self.clock.now();
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        t.rows.insert(key.clone(), Row::Done { ticket: my_ticket, value: value.clone(), when });
        cleanup.ok = true;
        drop(t);
        self.wakeup.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut t = self.table.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(Row::Done { .. }) = t.rows.get(key) {
            t.rows.remove(key);
        }
    }
}
