// learner: optimal
// idiom: Pascal-teacher style: one map Mutex + one shared Condvar, record-like Entry with a load number, while loops, procedure-style helpers
//! A TTL cache that protects its backend from a cache stampede.

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
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard};

/* state of one key */
#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Loading,
    Ready,
}

struct Entry<V> {
    phase: Phase,
    number: u64,        /* which load this is */
    value: Option<V>,   /* set when phase = Ready */
    expires_at: u64,
}

struct Table<K, V> {
    entries: HashMap<K, Entry<V>>,
    next_number: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    table: Mutex<Table<K, V>>,
    changed: Condvar,
}

/* if the loader panics, this runs while unwinding: forget the load, wake everybody */
struct Undo<'a, K: Eq + Hash, V> {
    table: &'a Mutex<Table<K, V>>,
    changed: &'a Condvar,
    key: &'a K,
    number: u64,
    finished: bool,
}

impl<'a, K: Eq + Hash, V> Drop for Undo<'a, K, V> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut t = match self.table.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        let mut ours: bool = false;
        if let Some(e) = t.entries.get(self.key) {
            if e.phase == Phase::Loading && e.number == self.number {
                ours = true;
            }
        }
        if ours {
            t.entries.remove(self.key);
        }
        drop(t);
        self.changed.notify_all();
    }
}

fn lock_table<K, V>(m: &Mutex<Table<K, V>>) -> MutexGuard<'_, Table<K, V>> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
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
            ttl: ttl,
            clock: clock,
            table: Mutex::new(Table { entries: HashMap::new(), next_number: 1 }),
            changed: Condvar::new(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now: u64 = self.clock.now();
        let t = lock_table(&self.table);
        let mut result: Option<V> = None;
        if let Some(e) = t.entries.get(key) {
            if e.phase == Phase::Ready && now < e.expires_at {
                result = e.value.clone();
            }
        }
        result
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut t = lock_table(&self.table);
        let mut my_number: u64 = 0;
        let mut done: bool = false;
        while !done {
            let now: u64 = self.clock.now();
            let mut phase: Option<Phase> = None;
            let mut number: u64 = 0;
            if let Some(e) = t.entries.get(&key) {
                phase = Some(e.phase);
                number = e.number;
            }
            if phase == Some(Phase::Ready) {
                let e = &t.entries[&key];
                if now < e.expires_at {
                    return e.value.clone().unwrap();
                }
            }
            if phase == Some(Phase::Loading) {
                /* wait until this very load is over, then look again */
                let waited_for: u64 = number;
                while t.entries.get(&key).map(|e| e.phase == Phase::Loading && e.number == waited_for) == Some(true) {
                    t = match self.changed.wait(t) {
                        Ok(g) => g,
                        Err(p) => p.into_inner(),
                    };
                }
                if let Some(e) = t.entries.get(&key) {
                    if e.phase == Phase::Ready && e.number == waited_for {
                        return e.value.clone().unwrap();
                    }
                }
                /* the load failed (or was replaced): go round again */
            } else {
                my_number = t.next_number;
                t.next_number = t.next_number + 1;
                t.entries.insert(
                    key.clone(),
                    Entry { phase: Phase::Loading, number: my_number, value: None, expires_at: 0 },
                );
                done = true;
            }
        }
        drop(t);

        let mut undo = Undo { table: &self.table, changed: &self.changed, key: &key, number: my_number, finished: false };
        let value: V = loader(&key);
        let loaded_at: u64 = self.clock.now();

        let mut t = lock_table(&self.table);
        let mut ours: bool = false;
        if let Some(e) = t.entries.get(&key) {
            if e.phase == Phase::Loading && e.number == my_number {
                ours = true;
            }
        }
        if ours {
            /* keep the value even with ttl 0: waiters of this load read it, nobody else will */
            t.entries.insert(
                key.clone(),
                Entry {
                    phase: Phase::Ready,
                    number: my_number,
                    value: Some(value.clone()),
                    expires_at: loaded_at.saturating_add(self.ttl),
                },
            );
        }
        undo.finished = true;
        drop(t);
        self.changed.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut t = lock_table(&self.table);
        let mut ready: bool = false;
        if let Some(e) = t.entries.get(key) {
            ready = e.phase == Phase::Ready;
        }
        if ready {
            t.entries.remove(key);
        }
    }
}
