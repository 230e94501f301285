// learner: optimal
// idiom: competitive programmer: one Mutex<HashMap<K, (Option<(V, u64)>, Option<Arc<..>>)>>, Arc<(Mutex<Option<Option<V>>>, Condvar)> flights, panic guard as a tiny struct
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

// inner None = pending, Some(None) = failed, Some(Some(v)) = done
type Fl<V> = Arc<(Mutex<Option<Option<V>>>, Condvar)>;

enum S<V> { Val(V, u64), Ld(Fl<V>) }

pub struct StampedeCache<K, V, C> {
    t: u64,
    c: C,
    m: Mutex<HashMap<K, S<V>>>,
}

struct G<'a, K: Eq + Hash, V> { m: &'a Mutex<HashMap<K, S<V>>>, k: &'a K, f: Fl<V>, ok: bool }

impl<K: Eq + Hash, V> Drop for G<'_, K, V> {
    fn drop(&mut self) {
        if self.ok { return; }
        let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        if matches!(m.get(self.k), Some(S::Ld(f)) if Arc::ptr_eq(f, &self.f)) { m.remove(self.k); }
        drop(m);
        *self.f.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(None);
        self.f.1.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { t: ttl, c: clock, m: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, k: &K) -> Option<V> {
        let m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        match m.get(k) { Some(S::Val(v, e)) if self.c.now() < *e => Some(v.clone()), _ => None }
    }

    pub fn get_or_load<F>(&self, k: K, f: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut f = Some(f);
        loop {
            let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
            let w = match m.get(&k) {
                Some(S::Val(v, e)) if self.c.now() < *e => return v.clone(),
                Some(S::Ld(x)) => Some(x.clone()),
                _ => None,
            };
            if let Some(x) = w {
                drop(m);
                let g = x.0.lock().unwrap_or_else(|e| e.into_inner());
                let g = x.1.wait_while(g, |s| s.is_none()).unwrap_or_else(|e| e.into_inner());
                if let Some(Some(v)) = &*g { return v.clone(); }
                continue;
            }
            let x: Fl<V> = Arc::new((Mutex::new(None), Condvar::new()));
            m.insert(k.clone(), S::Ld(x.clone()));
            drop(m);
            let mut g = G { m: &self.m, k: &k, f: x.clone(), ok: false };
            let v = (f.take().unwrap())(&k);
            let e = self.c.now().saturating_add(self.t);
            let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
            if matches!(m.get(&k), Some(S::Ld(y)) if Arc::ptr_eq(y, &x)) {
                if self.t > 0 { m.insert(k.clone(), S::Val(v.clone(), e)); } else { m.remove(&k); }
            }
            drop(m);
            g.ok = true;
            *x.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(Some(v.clone()));
            x.1.notify_all();
            return v;
        }
    }

    pub fn invalidate(&self, k: &K) {
        let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(S::Val(..)) = m.get(k) { m.remove(k); }
    }
}
