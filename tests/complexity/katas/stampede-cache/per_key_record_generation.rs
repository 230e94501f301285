// learner: optimal
// idiom: MATLAB signal-processing engineer: one record per key (value, tStored, loading flag, generation counter) behind its own Mutex+Condvar; the map lock is only held to fetch the record handle
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};

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

struct KeyState<V> {
    val: Option<V>,  // cached value
    t_stored: u64,   // clock reading when val was stored
    loading: bool,
    gen: u64,        // number of finished loads (ok or panicked)
    last: Option<V>, // result of the most recent load, None if it panicked
}

struct KeyRec<V> {
    st: Mutex<KeyState<V>>,
    cv: Condvar,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clk: C,
    tbl: Mutex<HashMap<K, Arc<KeyRec<V>>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clk: clock, tbl: Mutex::new(HashMap::new()) }
    }

    fn rec(&self, key: &K) -> Arc<KeyRec<V>> {
        let mut tbl = self.tbl.lock().unwrap();
        if let Some(r) = tbl.get(key) {
            return Arc::clone(r);
        }
        let r = Arc::new(KeyRec {
            st: Mutex::new(KeyState { val: None, t_stored: 0, loading: false, gen: 0, last: None }),
            cv: Condvar::new(),
        });
        tbl.insert(key.clone(), Arc::clone(&r));
        r
    }

    fn fresh(&self, s: &KeyState<V>, t: u64) -> Option<V> {
        match &s.val {
            Some(v) if t < s.t_stored.saturating_add(self.ttl) => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let r = self.tbl.lock().unwrap().get(key).cloned()?;
        let s = r.st.lock().unwrap();
        self.fresh(&s, self.clk.now())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let r = self.rec(&key);
        let mut s = r.st.lock().unwrap();
        loop {
            if let Some(v) = self.fresh(&s, self.clk.now()) {
                return v;
            }
            if !s.loading {
                break;
            }
            // someone else is loading: wait for the generation to tick
            let g0 = s.gen;
            while s.gen == g0 {
                s = r.cv.wait(s).unwrap();
            }
            if let Some(v) = s.last.clone() {
                return v;
            }
            // that load panicked -> loop and maybe load it ourselves
        }

        s.loading = true;
        drop(s);
        let res = catch_unwind(AssertUnwindSafe(|| loader(&key)));
        let t1 = self.clk.now();

        let mut s = r.st.lock().unwrap_or_else(|e| e.into_inner());
        s.loading = false;
        s.gen += 1;
        match res {
            Ok(v) => {
                s.last = Some(v.clone());
                if self.ttl > 0 {
                    s.val = Some(v.clone());
                    s.t_stored = t1;
                } else {
                    s.val = None;
                }
                drop(s);
                r.cv.notify_all();
                v
            }
            Err(payload) => {
                s.last = None;
                drop(s);
                r.cv.notify_all();
                resume_unwind(payload)
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let r = match self.tbl.lock().unwrap().get(key) {
            Some(r) => Arc::clone(r),
            None => return,
        };
        r.st.lock().unwrap().val = None;
    }
}
