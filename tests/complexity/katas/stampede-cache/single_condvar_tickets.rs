// learner: optimal
// idiom: one Mutex<Inner> + one shared Condvar: slots carry load tickets, waiters sleep on the map's own mutex and recheck their key on every notify_all; panic cleanup via catch_unwind + resume_unwind
use std::collections::HashMap;
use std::hash::Hash;
use std::panic::{self, AssertUnwindSafe};
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

enum Slot<V> {
    Loading(u64),
    Ready { value: V, expires_at: u64, ticket: u64 },
}

struct Inner<K, V> {
    slots: HashMap<K, Slot<V>>,
    next_ticket: u64,
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    inner: Mutex<Inner<K, V>>,
    changed: Condvar,
}

enum Step<V> {
    Hit(V),
    Wait(u64),
    Load(u64),
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache {
            ttl,
            clock,
            inner: Mutex::new(Inner { slots: HashMap::new(), next_ticket: 0 }),
            changed: Condvar::new(),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        match inner.slots.get(key)? {
            Slot::Ready { value, expires_at, .. } if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let mut awaited: Option<u64> = None;
        let ticket = loop {
            let now = self.clock.now();
            let step = match inner.slots.get(&key) {
                Some(Slot::Ready { value, expires_at, ticket }) => {
                    if now < *expires_at || awaited == Some(*ticket) {
                        Step::Hit(value.clone())
                    } else {
                        Step::Load(inner.next_ticket)
                    }
                }
                Some(Slot::Loading(t)) => Step::Wait(*t),
                None => Step::Load(inner.next_ticket),
            };
            match step {
                Step::Hit(v) => return v,
                Step::Wait(t) => {
                    awaited = Some(t);
                    inner = self.changed.wait(inner).unwrap_or_else(PoisonError::into_inner);
                }
                Step::Load(t) => {
                    inner.next_ticket += 1;
                    inner.slots.insert(key.clone(), Slot::Loading(t));
                    break t;
                }
            }
        };
        drop(inner);

        let result = panic::catch_unwind(AssertUnwindSafe(|| loader(&key)));
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        match result {
            Ok(value) => {
                let expires_at = self.clock.now().saturating_add(self.ttl);
                inner.slots.insert(key, Slot::Ready { value: value.clone(), expires_at, ticket });
                drop(inner);
                self.changed.notify_all();
                value
            }
            Err(payload) => {
                if let Some(Slot::Loading(t)) = inner.slots.get(&key) {
                    if *t == ticket {
                        inner.slots.remove(&key);
                    }
                }
                drop(inner);
                self.changed.notify_all();
                panic::resume_unwind(payload)
            }
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if matches!(inner.slots.get(key), Some(Slot::Ready { .. })) {
            inner.slots.remove(key);
        }
    }
}
