// learner: optimal
// idiom: map of Arc per-key entries each with own Mutex+Condvar and loading flag, map lock held only to fetch the Arc
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

struct St<V> {
    val: Option<(V, u64)>,
    busy: bool,
}

struct Ent<V> {
    st: Mutex<St<V>>,
    cv: Condvar,
    gen: AtomicU64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clk: C,
    m: Mutex<HashMap<K, Arc<Ent<V>>>>,
}

struct Unbusy<'a, V>(&'a Ent<V>, bool);

impl<V> Drop for Unbusy<'_, V> {
    fn drop(&mut self) {
        if self.1 {
            return;
        }
        let mut st = self.0.st.lock().unwrap_or_else(|e| e.into_inner());
        st.busy = false;
        self.0.cv.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clk: clock, m: Mutex::new(HashMap::new()) }
    }

    fn ent(&self, k: &K) -> Arc<Ent<V>> {
        let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = m.get(k) {
            return Arc::clone(e);
        }
        let e = Arc::new(Ent { st: Mutex::new(St { val: None, busy: false }), cv: Condvar::new(), gen: AtomicU64::new(0) });
        m.insert(k.clone(), Arc::clone(&e));
        e
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let e = Arc::clone(self.m.lock().unwrap_or_else(|e| e.into_inner()).get(key)?);
        let st = e.st.lock().unwrap_or_else(|e| e.into_inner());
        match &st.val {
            Some((v, exp)) if self.clk.now() < *exp => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let e = self.ent(&key);
        let mut st = e.st.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some((v, exp)) = &st.val {
                if self.clk.now() < *exp {
                    return v.clone();
                }
            }
            if !st.busy {
                break;
            }
            // wait for the running load; the generation tells us whether it succeeded
            let g = e.gen.load(Ordering::SeqCst);
            st = e.cv.wait_while(st, |s| s.busy).unwrap_or_else(|e| e.into_inner());
            if e.gen.load(Ordering::SeqCst) != g {
                if let Some((v, _)) = &st.val {
                    return v.clone(); // shared result, even with ttl 0
                }
            }
        }
        st.busy = true;
        drop(st);

        let mut g = Unbusy(&e, false);
        let v = loader(&key);
        let t = self.clk.now();
        let mut st = e.st.lock().unwrap_or_else(|e| e.into_inner());
        st.val = Some((v.clone(), t.saturating_add(self.ttl)));
        st.busy = false;
        e.gen.fetch_add(1, Ordering::SeqCst);
        g.1 = true;
        e.cv.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        let e = match self.m.lock().unwrap_or_else(|e| e.into_inner()).get(key) {
            Some(e) => Arc::clone(e),
            None => return,
        };
        e.st.lock().unwrap_or_else(|e| e.into_inner()).val = None;
    }
}
