// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps the whole map with retain for expired entries on every call
//! A TTL cache that protects its backend from a cache stampede.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to. Tests use it instead of real time.
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
use std::sync::{Condvar, Mutex};

type W<V> = Arc<(Mutex<Option<Option<V>>>, Condvar)>;

enum S<V> { V(V, u64), L(W<V>) }

pub struct StampedeCache<K, V, C> { t: u64, c: C, m: Mutex<HashMap<K, S<V>>> }

struct G<'a, K: Eq + Hash, V> { m: &'a Mutex<HashMap<K, S<V>>>, k: &'a K, w: W<V>, ok: bool }

impl<K: Eq + Hash, V> Drop for G<'_, K, V> {
    fn drop(&mut self) {
        if self.ok { return; }
        let mut m = self.m.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(S::L(w)) = m.get(self.k) { if Arc::ptr_eq(w, &self.w) { m.remove(self.k); } }
        drop(m);
        *self.w.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(None);
        self.w.1.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self { StampedeCache { t: ttl, c: clock, m: Mutex::new(HashMap::new()) } }

    pub fn get(&self, key: &K) -> Option<V> {
        let n = self.c.now();
        match self.m.lock().unwrap().get(key) { Some(S::V(v, e)) if n < *e => Some(v.clone()), _ => None }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut f = Some(loader);
        loop {
            let n = self.c.now();
            let mut m = self.m.lock().unwrap();
            m.retain(|_, s| match s { S::V(_, e) => n < *e, S::L(_) => true });
            let w = match m.get(&key) {
                Some(S::V(v, _)) => return v.clone(),
                Some(S::L(w)) => w.clone(),
                None => {
                    let w: W<V> = Arc::new((Mutex::new(None), Condvar::new()));
                    m.insert(key.clone(), S::L(w.clone()));
                    drop(m);
                    let mut g = G { m: &self.m, k: &key, w: w.clone(), ok: false };
                    let v = (f.take().unwrap())(&key);
                    let e = self.c.now().saturating_add(self.t);
                    let mut m = self.m.lock().unwrap();
                    if let Some(S::L(x)) = m.get(&key) { if Arc::ptr_eq(x, &w) { if self.t == 0 { m.remove(&key); } else { m.insert(key.clone(), S::V(v.clone(), e)); } } }
                    drop(m);
                    g.ok = true;
                    *w.0.lock().unwrap() = Some(Some(v.clone()));
                    w.1.notify_all();
                    return v;
                }
            };
            drop(m);
            let g = w.1.wait_while(w.0.lock().unwrap(), |s| s.is_none()).unwrap();
            if let Some(Some(v)) = &*g { return v.clone(); }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = self.m.lock().unwrap();
        if let Some(S::V(..)) = m.get(key) { m.remove(key); }
    }
}
