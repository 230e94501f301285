// learner: optimal
// idiom: V-style: one Mutex<Inner> with a flat Entry struct of flags, one shared Condvar, generation numbers, plain loops
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::hash::Hash;
use std::marker::PhantomData;
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

struct Entry<V> {
    value: Option<V>,
    loaded_at: u64,
    loading: bool,
    gen: u64,
}

struct Inner<K, V> {
    entries: HashMap<K, Entry<V>>,
    next_gen: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    inner: Mutex<Inner<K, V>>,
    changed: Condvar,
}

// clears a load that never finished (the loader panicked)
struct Unwind<'a, K: Eq + Hash, V> {
    inner: &'a Mutex<Inner<K, V>>,
    changed: &'a Condvar,
    key: &'a K,
    gen: u64,
    armed: bool,
}

impl<'a, K: Eq + Hash, V> Drop for Unwind<'a, K, V> {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        let mut g = match self.inner.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        };
        let mut drop_it = false;
        if let Some(e) = g.entries.get(self.key) {
            drop_it = e.gen == self.gen && e.loading;
        }
        if drop_it {
            g.entries.remove(self.key);
        }
        self.changed.notify_all();
    }
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache {
            ttl: ttl,
            clock: clock,
            inner: Mutex::new(Inner { entries: HashMap::new(), next_gen: 1 }),
            changed: Condvar::new(),
        }
    }

    fn fresh(&self, e: &Entry<V>, now: u64) -> bool {
        if e.loading || e.value.is_none() {
            return false;
        }
        now - e.loaded_at < self.ttl
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let now = self.clock.now();
        let e = g.entries.get(key)?;
        if self.fresh(e, now) {
            return e.value.clone();
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let mut waited_for: u64 = 0;
        let my_gen: u64;
        loop {
            let now = self.clock.now();
            let mut wait = false;
            if let Some(e) = g.entries.get(&key) {
                if waited_for != 0 && e.gen == waited_for && !e.loading {
                    // the load we waited for finished: share it, even with ttl 0
                    return e.value.clone().unwrap();
                }
                if self.fresh(e, now) {
                    return e.value.clone().unwrap();
                }
                if e.loading {
                    waited_for = e.gen;
                    wait = true;
                }
            }
            if !wait {
                my_gen = g.next_gen;
                g.next_gen += 1;
                g.entries.insert(key.clone(), Entry { value: None, loaded_at: now, loading: true, gen: my_gen });
                break;
            }
            g = self.changed.wait(g).unwrap_or_else(|p| p.into_inner());
        }
        drop(g);

        let mut unwind = Unwind { inner: &self.inner, changed: &self.changed, key: &key, gen: my_gen, armed: true };
        let value = loader(&key);
        unwind.armed = false;

        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let now = self.clock.now();
        if let Some(e) = g.entries.get_mut(&key) {
            if e.gen == my_gen {
                e.value = Some(value.clone());
                e.loaded_at = now;
                e.loading = false;
            }
        }
        drop(g);
        self.changed.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let mut loaded = false;
        if let Some(e) = g.entries.get(key) {
            loaded = !e.loading;
        }
        if loaded {
            g.entries.remove(key);
        }
    }
}
