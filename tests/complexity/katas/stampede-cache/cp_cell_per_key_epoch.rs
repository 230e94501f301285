// learner: optimal
// idiom: competitive-programmer style: one persistent Arc<(Mutex<E>, Condvar)> cell per key, map lock only to find the cell, an epoch counter tells waiters a load finished
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
use std::sync::{Condvar, Mutex};

struct E<V> {
    v: Option<V>,
    t: u64,
    busy: bool,
    ep: u64,
}

type Cell<V> = Arc<(Mutex<E<V>>, Condvar)>;

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    c: C,
    m: Mutex<HashMap<K, Cell<V>>>,
}

struct G<'a, V> {
    x: &'a (Mutex<E<V>>, Condvar),
    ok: bool,
}

impl<V> Drop for G<'_, V> {
    fn drop(&mut self) {
        if !self.ok {
            let mut e = self.x.0.lock().unwrap_or_else(|p| p.into_inner());
            e.busy = false;
            self.x.1.notify_all();
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
        StampedeCache { ttl, c: clock, m: Mutex::new(HashMap::new()) }
    }

    fn ok(&self, e: &E<V>) -> bool {
        e.v.is_some() && self.c.now() < e.t.saturating_add(self.ttl)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let m = self.m.lock().unwrap();
        let x = m.get(key)?;
        let e = x.0.lock().unwrap();
        if self.ok(&e) { e.v.clone() } else { None }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let x: Cell<V> = {
            let mut m = self.m.lock().unwrap();
            Arc::clone(m.entry(key.clone()).or_insert_with(|| Arc::new((Mutex::new(E { v: None, t: 0, busy: false, ep: 0 }), Condvar::new()))))
        };
        let mut e = x.0.lock().unwrap();
        loop {
            if self.ok(&e) {
                return e.v.clone().unwrap();
            }
            if !e.busy {
                break;
            }
            let ep = e.ep;
            e = x.1.wait_while(e, |e| e.busy && e.ep == ep).unwrap();
            if e.ep != ep {
                // the load we waited for finished: share it even if ttl is 0
                return e.v.clone().unwrap();
            }
        }
        e.busy = true;
        drop(e);

        let mut g = G { x: &*x, ok: false };
        let v = loader(&key);
        g.ok = true;
        drop(g);

        let t = self.c.now();
        let mut e = x.0.lock().unwrap();
        e.v = Some(v.clone());
        e.t = t;
        e.busy = false;
        e.ep += 1;
        x.1.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let m = self.m.lock().unwrap();
        if let Some(x) = m.get(key) {
            x.0.lock().unwrap().v = None;
        }
    }
}
