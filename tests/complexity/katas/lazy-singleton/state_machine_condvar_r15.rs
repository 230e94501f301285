// learner: optimal
// idiom: three-state AtomicU8 machine (EMPTY/RUNNING/READY) matched like rewrite rules, compare_exchange claim, Condvar for waiters, Drop guard resets on panic
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering::{Acquire, Release}};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    gate: Mutex<()>,
    wake: Condvar,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: only the thread that moved `state` EMPTY -> RUNNING writes `slot`,
// and it publishes with a Release store of READY; readers read `slot` only
// after an Acquire load of READY, after which nobody writes it.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

/// Puts the cell back to EMPTY if the initialiser unwinds.
struct Rollback<'a, T> {
    cell: &'a OnceCell<T>,
}

impl<T> Drop for Rollback<'_, T> {
    fn drop(&mut self) {
        self.cell.publish(EMPTY);
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            gate: Mutex::new(()),
            wake: Condvar::new(),
            slot: UnsafeCell::new(None),
        }
    }

    fn publish(&self, state: u8) {
        self.state.store(state, Release);
        let _g = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        self.wake.notify_all();
    }

    fn wait_while_running(&self) {
        let mut g = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        while self.state.load(Acquire) == RUNNING {
            g = self.wake.wait(g).unwrap_or_else(PoisonError::into_inner);
        }
    }

    unsafe fn value_ref(&self) -> &T {
        (*self.slot.get()).as_ref().unwrap()
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Acquire) {
            READY => Some(unsafe { self.value_ref() }),
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut init = Some(init);
        loop {
            match self.state.compare_exchange(EMPTY, RUNNING, Acquire, Acquire) {
                Err(READY) => return unsafe { self.value_ref() },
                Err(_running) => self.wait_while_running(),
                Ok(_) => {
                    let rollback = Rollback { cell: self };
                    let value = (init.take().expect("runs once"))();
                    unsafe { *self.slot.get() = Some(value) };
                    std::mem::forget(rollback);
                    self.publish(READY);
                    return unsafe { self.value_ref() };
                }
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
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
            match taken {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

