// learner: optimal
// idiom: web-dev style: map of Arc<Cell> each with its own Mutex<State>+Condvar (map lock held only to find the cell), epoch counter, scopeguard-like struct
//! A TTL cache that protects its backend from a cache stampede.

use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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
use std::collections::HashMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

enum State<V> {
    Empty,
    Loading,
    Loaded { value: V, expires_at: u64 },
}

struct Cell<V> {
    state: Mutex<(State<V>, u64)>, // (state, number of finished loads)
    cv: Condvar,
}

impl<V> Cell<V> {
    fn new() -> Self {
        Self { state: Mutex::new((State::Empty, 0)), cv: Condvar::new() }
    }

    fn lock(&self) -> MutexGuard<'_, (State<V>, u64)> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

struct ResetOnUnwind<'a, V> {
    cell: &'a Cell<V>,
    defused: bool,
}

impl<V> Drop for ResetOnUnwind<'_, V> {
    fn drop(&mut self) {
        if !self.defused {
            self.cell.lock().0 = State::Empty;
            self.cell.cv.notify_all();
        }
    }
}

pub struct StampedeCache<K, V, C> {
    ttl: u64,
    clock: C,
    cells: Mutex<HashMap<K, Arc<Cell<V>>>>,
}

impl<K, V, C> StampedeCache<K, V, C>
where
    K: Eq + Hash + Clone,
    V: Clone,
    C: Clock,
{
    pub fn new(ttl: u64, clock: C) -> Self {
        Self { ttl, clock, cells: Mutex::new(HashMap::new()) }
    }

    fn cell(&self, key: &K) -> Option<Arc<Cell<V>>> {
        self.cells.lock().unwrap_or_else(PoisonError::into_inner).get(key).cloned()
    }

    fn cell_or_insert(&self, key: &K) -> Arc<Cell<V>> {
        let mut map = self.cells.lock().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(map.entry(key.clone()).or_insert_with(|| Arc::new(Cell::new())))
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let cell = self.cell(key)?;
        let now = self.clock.now();
        let guard = cell.lock();
        match &guard.0 {
            State::Loaded { value, expires_at } if now < *expires_at => Some(value.clone()),
            _ => None,
        }
    }

    pub fn get_or_load<F>(&self, key: K, loader: F) -> V
    where
        F: FnOnce(&K) -> V,
    {
        let cell = self.cell_or_insert(&key);
        let mut guard = cell.lock();
        loop {
            let now = self.clock.now();
            match &guard.0 {
                State::Loaded { value, expires_at } if now < *expires_at => return value.clone(),
                State::Loading => {
                    let awaited = guard.1 + 1;
                    guard = cell
                        .cv
                        .wait_while(guard, |(s, _)| matches!(s, State::Loading))
                        .unwrap_or_else(PoisonError::into_inner);
                    if let (State::Loaded { value, .. }, finished) = &*guard {
                        if *finished == awaited {
                            return value.clone();
                        }
                    }
                }
                _ => break,
            }
        }
        guard.0 = State::Loading;
        drop(guard);

        let mut reset = ResetOnUnwind { cell: &cell, defused: false };
        let value = loader(&key);
        let expires_at = self.clock.now().saturating_add(self.ttl);
        {
            let mut guard = cell.lock();
            guard.0 = State::Loaded { value: value.clone(), expires_at };
            guard.1 += 1;
        }
        reset.defused = true;
        cell.cv.notify_all();
        value
    }

    pub fn invalidate(&self, key: &K) {
        if let Some(cell) = self.cell(key) {
            let mut guard = cell.lock();
            if matches!(guard.0, State::Loaded { .. }) {
                guard.0 = State::Empty;
            }
        }
    }
}
