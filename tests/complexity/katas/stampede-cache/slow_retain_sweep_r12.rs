// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): sweeps every cached key with retain on each call to evict expired entries
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

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

enum Slot<V> {
    Fresh(V, u64),
    Loading(Arc<(Mutex<Option<Option<V>>>, Condvar)>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    map: Mutex<HashMap<K, Slot<V>>>,
}

struct OnPanic<'a, K: Eq + Hash, V> {
    map: &'a Mutex<HashMap<K, Slot<V>>>,
    key: &'a K,
    sig: Arc<(Mutex<Option<Option<V>>>, Condvar)>,
    armed: bool,
}

impl<'a, K: Eq + Hash, V> Drop for OnPanic<'a, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        self.map.lock().unwrap_or_else(|e| e.into_inner()).remove(self.key);
        *self.sig.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(None);
        self.sig.1.notify_all();
    }
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

    // keep memory tidy: throw out everything that has expired
    fn locked_and_swept(&self) -> MutexGuard<'_, HashMap<K, Slot<V>>> {
        let now = self.clock.now();
        let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
        m.retain(|_, s| match s {
            Slot::Fresh(_, exp) => now < *exp,
            Slot::Loading(_) => true,
        });
        m
    }

    pub fn get(&self, key: &K) -> Option<V> {
        match self.locked_and_swept().get(key) {
            Some(Slot::Fresh(v, _)) => Some(v.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            let mut m = self.locked_and_swept();
            let sig = match m.get(&key) {
                Some(Slot::Fresh(v, _)) => return v.clone(),
                Some(Slot::Loading(s)) => Some(s.clone()),
                None => None,
            };
            if let Some(s) = sig {
                drop(m);
                let r = s.1.wait_while(s.0.lock().unwrap_or_else(|e| e.into_inner()), |r| r.is_none())
                    .unwrap_or_else(|e| e.into_inner());
                match r.as_ref() {
                    Some(Some(v)) => return v.clone(),
                    _ => continue,
                }
            }
            let s = Arc::new((Mutex::new(None), Condvar::new()));
            m.insert(key.clone(), Slot::Loading(s.clone()));
            drop(m);
            let mut guard = OnPanic { map: &self.map, key: &key, sig: s.clone(), armed: true };
            let v = loader.take().unwrap()(&key);
            let t = self.clock.now();
            {
                let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
                if self.ttl > 0 {
                    m.insert(key.clone(), Slot::Fresh(v.clone(), t.saturating_add(self.ttl)));
                } else {
                    m.remove(&key);
                }
            }
            *s.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(Some(v.clone()));
            s.1.notify_all();
            guard.armed = false;
            return v;
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut m = self.locked_and_swept();
        if let Some(Slot::Fresh(..)) = m.get(key) {
            m.remove(key);
        }
    }
}
