// learner: optimal
// idiom: embedded-style: AtomicU8 state machine EMPTY -> BUSY -> READY, MaybeUninit slot with manual Drop, reset-on-unwind guard
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, PoisonError};

const EMPTY: u8 = 0;
const BUSY: u8 = 1;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    gate: Mutex<()>,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: the slot is written once, under `gate`, while state != READY; it is
// read only after an Acquire load sees READY (published with Release).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Puts the state back to EMPTY if the initialiser unwinds.
struct Rollback<'a> {
    state: &'a AtomicU8,
    armed: bool,
}

impl Drop for Rollback<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.state.store(EMPTY, Ordering::Relaxed);
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { state: AtomicU8::new(EMPTY), gate: Mutex::new(()), slot: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Ordering::Acquire) {
            READY => Some(unsafe { (*self.slot.get()).assume_init_ref() }),
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.state.load(Ordering::Acquire) == READY {
            return unsafe { (*self.slot.get()).assume_init_ref() };
        }
        let _held = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
        match self.state.load(Ordering::Acquire) {
            READY => {}
            _ => {
                self.state.store(BUSY, Ordering::Relaxed);
                let mut rollback = Rollback { state: &self.state, armed: true };
                let value = init();
                rollback.armed = false;
                unsafe { (*self.slot.get()).write(value) };
                self.state.store(READY, Ordering::Release);
            }
        }
        unsafe { (*self.slot.get()).assume_init_ref() }
    }

    pub fn into_inner(mut self) -> Option<T> {
        match *self.state.get_mut() {
            READY => {
                *self.state.get_mut() = EMPTY;
                Some(unsafe { self.slot.get_mut().assume_init_read() })
            }
            _ => None,
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            unsafe { self.slot.get_mut().assume_init_drop() };
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match taken {
                Some(f) => f(),
                None => panic!("Lazy: initialiser panicked earlier, value poisoned"),
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
