// learner: slow
// idiom: MATLAB signal-processing engineer: per-key record (value, tStored, loading, generation) with Mutex+Condvar, plus a "garbage sweep" of every expired record on each call, like clearing stale samples from a buffer
// why: get_or_load and get run HashMap::retain over the whole table on every call: O(n) in the number of cached keys vs target O(1) expected
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
    val: Option<V>,
    t_stored: u64,
    loading: bool,
    gen: u64,
    last: Option<V>,
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

    /// drop every record that is neither fresh nor being loaded (keeps memory bounded)
    fn sweep(&self, tbl: &mut HashMap<K, Arc<KeyRec<V>>>) {
        let t = self.clk.now();
        let ttl = self.ttl;
        tbl.retain(|_, r| match r.st.try_lock() {
            Ok(s) => s.loading || (s.val.is_some() && t < s.t_stored.saturating_add(ttl)),
            Err(_) => true, // busy: keep it
        });
    }

    fn fresh(&self, s: &KeyState<V>, t: u64) -> Option<V> {
        match &s.val {
            Some(v) if t < s.t_stored.saturating_add(self.ttl) => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let r = {
            let mut tbl = self.tbl.lock().unwrap();
            self.sweep(&mut tbl);
            tbl.get(key).cloned()?
        };
        let s = r.st.lock().unwrap();
        self.fresh(&s, self.clk.now())
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let r = {
            let mut tbl = self.tbl.lock().unwrap();
            self.sweep(&mut tbl);
            Arc::clone(tbl.entry(key.clone()).or_insert_with(|| {
                Arc::new(KeyRec {
                    st: Mutex::new(KeyState { val: None, t_stored: 0, loading: false, gen: 0, last: None }),
                    cv: Condvar::new(),
                })
            }))
        };
        let mut s = r.st.lock().unwrap();
        loop {
            if let Some(v) = self.fresh(&s, self.clk.now()) {
                return v;
            }
            if !s.loading {
                break;
            }
            let g0 = s.gen;
            while s.gen == g0 {
                s = r.cv.wait(s).unwrap();
            }
            if let Some(v) = s.last.clone() {
                return v;
            }
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
                s.val = if self.ttl > 0 { Some(v.clone()) } else { None };
                s.t_stored = t1;
                drop(s);
                r.cv.notify_all();
                // a sweep may have dropped our record while we loaded: put it back
                if self.ttl > 0 {
                    self.tbl.lock().unwrap().entry(key).or_insert(Arc::clone(&r));
                }
                v
            }
            Err(p) => {
                s.last = None;
                drop(s);
                r.cv.notify_all();
                resume_unwind(p)
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
