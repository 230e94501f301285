// learner: optimal
// idiom: Perl-ish "hash of records": HashMap<K, Arc<Ent>> where each record has its own Mutex<St>{val, busy, gen} + Condvar; generation counter lets waiters take a load's result even with ttl 0
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};

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

struct St<V> {
    val: Option<(V, u64)>, // value, expiry
    busy: bool,
    gen: u64, // successful loads so far
}

struct Ent<V> {
    st: Mutex<St<V>>,
    cv: Condvar,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clk: C,
    h: Mutex<HashMap<K, Arc<Ent<V>>>>,
}

struct Unbusy<'a, V>(&'a Ent<V>, bool);

impl<V> Drop for Unbusy<'_, V> {
    fn drop(&mut self) {
        if self.1 { return; }
        let mut s = self.0.st.lock().unwrap_or_else(PoisonError::into_inner);
        s.busy = false;
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
        StampedeCache { ttl, clk: clock, h: Mutex::new(HashMap::new()) }
    }

    fn ent(&self, k: &K, make: bool) -> Option<Arc<Ent<V>>> {
        let mut h = self.h.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(e) = h.get(k) { return Some(e.clone()); }
        if !make { return None; }
        let e = Arc::new(Ent { st: Mutex::new(St { val: None, busy: false, gen: 0 }), cv: Condvar::new() });
        h.insert(k.clone(), e.clone());
        Some(e)
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let e = self.ent(key, false)?;
        let now = self.clk.now();
        let s = e.st.lock().unwrap_or_else(PoisonError::into_inner);
        match &s.val { Some((v, exp)) if now < *exp => Some(v.clone()), _ => None }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let e = self.ent(&key, true).unwrap();
        let mut s = e.st.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            let now = self.clk.now();
            if let Some((v, exp)) = &s.val { if now < *exp { return v.clone(); } }
            if !s.busy { break; }
            let g = s.gen;
            s = e.cv.wait_while(s, |s| s.busy).unwrap_or_else(PoisonError::into_inner);
            if s.gen != g {
                // a load finished while we waited: share it (even if ttl 0 made it stale already)
                if let Some((v, _)) = &s.val { return v.clone(); }
            }
        }
        s.busy = true;
        drop(s);
        let mut ub = Unbusy(&e, false);
        let v = loader(&key);
        let exp = self.clk.now().saturating_add(self.ttl);
        let mut s = e.st.lock().unwrap_or_else(PoisonError::into_inner);
        s.val = Some((v.clone(), exp));
        s.gen += 1;
        s.busy = false;
        ub.1 = true;
        e.cv.notify_all();
        v
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(e) = self.ent(key, false) {
            e.st.lock().unwrap_or_else(PoisonError::into_inner).val = None;
        }
    }
}
