// learner: slow
// why: StampedeCache::get_or_load is O(n) time, target O(1): every call first sweeps the whole map with retain to throw out expired entries
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
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::{Condvar, Mutex};

/// finished, failed, value
struct LoadStatus<V> {
    finished: bool,
    failed: bool,
    value: Option<V>,
}

struct LoadTicket<V> {
    status: Mutex<LoadStatus<V>>,
    done_signal: Condvar,
}

struct Entry<V> {
    value: Option<V>,
    expires_at: u64,
    ticket: Option<Arc<LoadTicket<V>>>,
}

/// A cache whose entries live `ttl` clock units after they were loaded.
pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    entries: Mutex<HashMap<K, Entry<V>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        StampedeCache { ttl: ttl, clock: clock, entries: Mutex::new(HashMap::new()) }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let now = self.clock.now();
        let entries = match self.entries.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        let found = entries.get(key);
        if found.is_none() {
            return None;
        }
        let entry = found.unwrap();
        if entry.value.is_some() && now < entry.expires_at {
            return entry.value.clone();
        }
        None
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let mut my_loader: Option<F> = Some(loader);
        loop {
            let now = self.clock.now();
            let mut i_must_load = false;
            let mut ticket_to_wait_on: Option<Arc<LoadTicket<V>>> = None;
            let my_ticket: Arc<LoadTicket<V>> = Arc::new(LoadTicket {
                status: Mutex::new(LoadStatus { finished: false, failed: false, value: None }),
                done_signal: Condvar::new(),
            });
            {
                let mut entries = match self.entries.lock() {
                    Ok(g) => g,
                    Err(e) => e.into_inner(),
                };
                // housekeeping: throw out everything that has expired so the map stays small
                entries.retain(|_, e| e.ticket.is_some() || (e.value.is_some() && now < e.expires_at));
                let existing = entries.get_mut(&key);
                if let Some(entry) = existing {
                    if entry.ticket.is_some() {
                        ticket_to_wait_on = entry.ticket.clone();
                    } else if entry.value.is_some() && now < entry.expires_at {
                        return entry.value.clone().unwrap();
                    } else {
                        entry.value = None;
                        entry.ticket = Some(Arc::clone(&my_ticket));
                        i_must_load = true;
                    }
                } else {
                    let new_entry = Entry { value: None, expires_at: 0, ticket: Some(Arc::clone(&my_ticket)) };
                    entries.insert(key.clone(), new_entry);
                    i_must_load = true;
                }
            }

            if i_must_load {
                let the_loader = my_loader.take().unwrap();
                let outcome = catch_unwind(AssertUnwindSafe(|| the_loader(&key)));
                let loaded_at = self.clock.now();
                let mut entries = match self.entries.lock() {
                    Ok(g) => g,
                    Err(e) => e.into_inner(),
                };
                match outcome {
                    Ok(new_value) => {
                        if self.ttl > 0 {
                            let entry = Entry {
                                value: Some(new_value.clone()),
                                expires_at: loaded_at.saturating_add(self.ttl),
                                ticket: None,
                            };
                            entries.insert(key.clone(), entry);
                        } else {
                            entries.remove(&key);
                        }
                        drop(entries);
                        let mut status = match my_ticket.status.lock() {
                            Ok(g) => g,
                            Err(e) => e.into_inner(),
                        };
                        status.finished = true;
                        status.value = Some(new_value.clone());
                        drop(status);
                        my_ticket.done_signal.notify_all();
                        return new_value;
                    }
                    Err(panic_payload) => {
                        entries.remove(&key);
                        drop(entries);
                        let mut status = match my_ticket.status.lock() {
                            Ok(g) => g,
                            Err(e) => e.into_inner(),
                        };
                        status.finished = true;
                        status.failed = true;
                        drop(status);
                        my_ticket.done_signal.notify_all();
                        resume_unwind(panic_payload);
                    }
                }
            }

            // somebody else is loading: wait for them
            let other = ticket_to_wait_on.unwrap();
            let mut status = match other.status.lock() {
                Ok(g) => g,
                Err(e) => e.into_inner(),
            };
            while status.finished == false {
                status = match other.done_signal.wait(status) {
                    Ok(g) => g,
                    Err(e) => e.into_inner(),
                };
            }
            if status.failed == false {
                let shared_value = status.value.clone().unwrap();
                return shared_value;
            }
            // the other loader failed: go round again
        }
    }

    pub fn invalidate(&self, key: &K) {
        let mut entries = match self.entries.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        let mut remove_it = false;
        if let Some(entry) = entries.get_mut(key) {
            if entry.ticket.is_some() {
                entry.value = None;
            } else {
                remove_it = true;
            }
        }
        if remove_it {
            entries.remove(key);
        }
    }
}
