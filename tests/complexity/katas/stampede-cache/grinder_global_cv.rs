// learner: optimal
// idiom: terse grinder, one Mutex<HashMap> + one shared Condvar, load ids to hand the result to waiters, guard struct for panics
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

enum S<V> {
    Ok(V, u64, u64), // value, expires, load id
    Busy(u64),       // load id
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clk: C,
    m: Mutex<HashMap<K, S<V>>>,
    cv: Condvar,
    ids: AtomicU64,
}

struct G<'a, K: Eq + Hash, V> {
    m: &'a Mutex<HashMap<K, S<V>>>,
    cv: &'a Condvar,
    k: &'a K,
    id: u64,
    ok: bool,
}

impl<K: Eq + Hash, V> Drop for G<'_, K, V> {
    fn drop(&mut self) {
        if self.ok {
            return;
        }
        let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(S::Busy(id)) = m.get(self.k) {
            if *id == self.id {
                m.remove(self.k);
            }
        }
        self.cv.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clk: clock, m: Mutex::new(HashMap::new()), cv: Condvar::new(), ids: AtomicU64::new(1) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clk.now();
        match self.m.lock().unwrap_or_else(|e| e.into_inner()).get(key) {
            Some(S::Ok(v, exp, _)) if now < *exp => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        let mut want = 0u64; // id of the load we are waiting for
        let id = loop {
            match m.get(&key) {
                Some(S::Ok(v, exp, id)) if self.clk.now() < *exp || *id == want => return v.clone(),
                Some(S::Busy(id)) => {
                    want = *id;
                    m = self.cv.wait(m).unwrap_or_else(|e| e.into_inner());
                }
                _ => {
                    let id = self.ids.fetch_add(1, Ordering::Relaxed);
                    m.insert(key.clone(), S::Busy(id));
                    break id;
                }
            }
        };
        drop(m);

        let mut g = G { m: &self.m, cv: &self.cv, k: &key, id, ok: false };
        let v = loader(&key);
        let t = self.clk.now();
        {
            let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(S::Busy(cur)) = m.get(&key) {
                if *cur == id {
                    // ttl 0: stored already expired, only the waiters of this id take it
                    m.insert(key.clone(), S::Ok(v.clone(), t.saturating_add(self.ttl), id));
                }
            }
            g.ok = true;
        }
        self.cv.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(S::Ok(..)) = m.get(key) {
            m.remove(key);
        }
    }
}
