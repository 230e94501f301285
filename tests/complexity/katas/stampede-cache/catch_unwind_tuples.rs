// learner: optimal
// idiom: Erlang-ish tagged states ({ready, V, T} / {pending, Ref}) as an enum; the loader runs inside catch_unwind and the panic is re-raised after the waiters are told
//! A TTL cache that protects its backend from a cache stampede: concurrent
//! misses on one key share a single call of the loader.

use std::collections::HashMap;
use std::hash::Hash;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};

pub trait Clock: Send + Sync {
    fn now(&self) -> u64;
}

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

/// `None` = still loading, `Some(None)` = loader crashed, `Some(Some(v))` = done.
type Reply<V> = Arc<(Mutex<Option<Option<V>>>, Condvar)>;

enum State<V> {
    Ready(V, u64), // value, stored at
    Pending(Reply<V>),
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    states: Mutex<HashMap<K, State<V>>>,
}

enum Next<V> {
    Hit(V),
    Wait(Reply<V>),
    Load(Reply<V>),
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, states: Mutex::new(HashMap::new()) }
    }

    fn fresh(&self, stored: u64, now: u64) -> bool {
        (now - stored.min(now)) < self.ttl && now >= stored
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let states = self.states.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(State::Ready(v, t)) = states.get(key) {
            if self.fresh(*t, now) {
                return Some(v.clone());
            }
        }
        None
    }

    fn decide(&self, key: &K) -> Next<V> {
        let mut states = self.states.lock().unwrap_or_else(|p| p.into_inner());
        let now = self.clock.now();
        if let Some(st) = states.get(key) {
            match st {
                State::Ready(v, t) if self.fresh(*t, now) => return Next::Hit(v.clone()),
                State::Pending(r) => return Next::Wait(Arc::clone(r)),
                State::Ready(..) => {}
            }
        }
        let reply: Reply<V> = Arc::new((Mutex::new(None), Condvar::new()));
        states.insert(key.clone(), State::Pending(Arc::clone(&reply)));
        Next::Load(reply)
    }

    fn settle(&self, key: &K, reply: &Reply<V>, result: Option<(V, u64)>) {
        {
            let mut states = self.states.lock().unwrap_or_else(|p| p.into_inner());
            let still_mine = match states.get(key) {
                Some(State::Pending(r)) => Arc::ptr_eq(r, reply),
                _ => false,
            };
            if still_mine {
                match (&result, self.ttl) {
                    (Some((v, t)), ttl) if ttl > 0 => {
                        states.insert(key.clone(), State::Ready(v.clone(), *t));
                    }
                    _ => {
                        states.remove(key);
                    }
                }
            }
        }
        let (slot, cv) = &**reply;
        *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(result.map(|(v, _)| v));
        cv.notify_all();
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut loader = Some(loader);
        loop {
            match self.decide(&key) {
                Next::Hit(v) => return v,
                Next::Wait(reply) => {
                    let (slot, cv) = &*reply;
                    let mut guard = slot.lock().unwrap_or_else(|p| p.into_inner());
                    while guard.is_none() {
                        guard = cv.wait(guard).unwrap_or_else(|p| p.into_inner());
                    }
                    if let Some(Some(v)) = guard.as_ref() {
                        return v.clone();
                    }
                    // {crashed}: go round again
                }
                Next::Load(reply) => {
                    let f = loader.take().expect("we load at most once");
                    match panic::catch_unwind(AssertUnwindSafe(|| f(&key))) {
                        Ok(v) => {
                            let t = self.clock.now();
                            self.settle(&key, &reply, Some((v.clone(), t)));
                            return v;
                        }
                        Err(payload) => {
                            self.settle(&key, &reply, None);
                            panic::resume_unwind(payload);
                        }
                    }
                }
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut states = self.states.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(State::Ready(..)) = states.get(key) {
            states.remove(key);
        }
    }
}
