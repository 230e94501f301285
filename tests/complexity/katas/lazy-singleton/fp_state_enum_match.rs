// learner: optimal
// idiom: functional-minded: an AtomicU8 state machine (EMPTY/RUNNING/READY) decoded by pattern matching, Option combinators, Condvar for waiters
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    gate: Mutex<()>,
    wake: Condvar,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written by the single thread that moved `state` from
// EMPTY to RUNNING (under `gate`); it is read only after `state` is seen as
// READY with Acquire, published with Release, and never written again.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

/// Resets the state to EMPTY (and wakes the waiters) if the initialiser unwinds.
struct Rollback<'a, T> {
    cell: &'a OnceCell<T>,
    armed: bool,
}

impl<T> Drop for Rollback<'_, T> {
    fn drop(&mut self) {
        if self.armed {
            let _g = self.cell.gate.lock().unwrap_or_else(PoisonError::into_inner);
            self.cell.state.store(EMPTY, Ordering::Release);
            self.cell.wake.notify_all();
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            gate: Mutex::new(()),
            wake: Condvar::new(),
            value: UnsafeCell::new(None),
        }
    }

    fn ready_value(&self) -> Option<&T> {
        // SAFETY: only called after observing READY with Acquire.
        unsafe { (*self.value.get()).as_ref() }
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Ordering::Acquire) {
            READY => self.ready_value(),
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        match self.get() {
            Some(v) => v,
            None => self.slow_init(init),
        }
    }

    fn slow_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let claimed = {
            let mut guard = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
            loop {
                match self.state.load(Ordering::Acquire) {
                    READY => break false,
                    RUNNING => {
                        guard = self.wake.wait(guard).unwrap_or_else(PoisonError::into_inner);
                    }
                    _ => {
                        self.state.store(RUNNING, Ordering::Relaxed);
                        break true;
                    }
                }
            }
        };
        if claimed {
            let mut rollback = Rollback { cell: self, armed: true };
            let made = init();
            // SAFETY: we are the only thread in RUNNING; readers wait for READY.
            unsafe { *self.value.get() = Some(made) };
            rollback.armed = false;
            let _g = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
            self.state.store(READY, Ordering::Release);
            self.wake.notify_all();
        }
        self.ready_value().expect("the cell is ready here")
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            taken.map(|f| f()).unwrap_or_else(|| panic!("Lazy poisoned: its initialiser panicked earlier"))
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
