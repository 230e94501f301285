// learner: optimal
// idiom: SRE: map of tuple records (cached value + optional in-flight handle), catch_unwind/resume_unwind instead of a Drop guard
use std::collections::HashMap;
use std::hash::Hash;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};

/// A source of "now", in whatever unit the TTL uses (say, milliseconds).
pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

/// A clock that only moves when told to.
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

// None = still loading, Some(None) = loader blew up, Some(Some(v)) = done
struct Waiter<V> {
    res: Mutex<Option<Option<V>>>,
    cv: Condvar,
}

struct Rec<V> {
    cached: Option<(V, u64)>, // (value, expires_at)
    inflight: Option<Arc<Waiter<V>>>,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Rec<V>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl, clock, map: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let m = self.map.lock().unwrap_or_else(|e| e.into_inner());
        let (v, exp) = m.get(key)?.cached.as_ref()?;
        if self.clock.now() < *exp { Some(v.clone()) } else { None }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
            let now = self.clock.now();
            let rec = m.entry(key.clone()).or_insert(Rec { cached: None, inflight: None });
            if let Some((v, exp)) = &rec.cached {
                if now < *exp {
                    return v.clone();
                }
            }
            if let Some(w) = rec.inflight.clone() {
                drop(m);
                let mut r = w.res.lock().unwrap_or_else(|e| e.into_inner());
                while r.is_none() {
                    r = w.cv.wait(r).unwrap_or_else(|e| e.into_inner());
                }
                match r.as_ref().unwrap() {
                    Some(v) => return v.clone(),
                    None => continue,
                }
            }
            let w = Arc::new(Waiter { res: Mutex::new(None), cv: Condvar::new() });
            rec.inflight = Some(w.clone());
            drop(m);

            let f = loader.take().unwrap();
            let outcome = panic::catch_unwind(AssertUnwindSafe(|| f(&key)));
            let t = self.clock.now();
            {
                let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(rec) = m.get_mut(&key) {
                    if rec.inflight.as_ref().map_or(false, |x| Arc::ptr_eq(x, &w)) {
                        rec.inflight = None;
                    }
                    if let Ok(v) = &outcome {
                        rec.cached = if self.ttl == 0 { None } else { Some((v.clone(), t.saturating_add(self.ttl))) };
                    }
                }
            }
            *w.res.lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome.as_ref().ok().cloned());
            w.cv.notify_all();
            match outcome {
                Ok(v) => return v,
                Err(p) => panic::resume_unwind(p),
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(rec) = self.map.lock().unwrap_or_else(|e| e.into_inner()).get_mut(key) {
            rec.cached = None;
        }
    }
}
