// learner: optimal
// idiom: explicit state machine (EMPTY/RUNNING/READY in an AtomicU8) with compare_exchange, Condvar for waiters, drop-guard resets on panic, MaybeUninit storage
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    gate: Mutex<()>,
    wake: Condvar,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: only the thread that won EMPTY -> RUNNING writes `slot`, then
// publishes READY with Release; readers read `slot` only after an Acquire
// load of READY. Once READY the slot is immutable until drop.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Resets RUNNING -> EMPTY if the initialiser unwinds, and wakes the waiters.
struct Reset<'a, T> {
    cell: &'a OnceCell<T>,
    armed: bool,
}

impl<T> Drop for Reset<'_, T> {
    fn drop(&mut self) {
        let next = if self.armed { EMPTY } else { READY };
        let _g = self.cell.gate.lock().unwrap_or_else(PoisonError::into_inner);
        self.cell.state.store(next, Ordering::Release);
        self.cell.wake.notify_all();
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            gate: Mutex::new(()),
            wake: Condvar::new(),
            slot: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Ordering::Acquire) {
            // SAFETY: READY means initialised and immutable.
            READY => Some(unsafe { (*self.slot.get()).assume_init_ref() }),
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut init = Some(init);
        loop {
            match self.state.compare_exchange(EMPTY, RUNNING, Ordering::Acquire, Ordering::Acquire) {
                Err(READY) => return self.get().unwrap(),
                Ok(_) => {
                    let mut reset = Reset { cell: self, armed: true };
                    let f = init.take().unwrap();
                    let v = f();
                    // SAFETY: we are the only RUNNING thread; nobody else touches the slot.
                    unsafe { (*self.slot.get()).write(v) };
                    reset.armed = false;
                    drop(reset);
                    return self.get().unwrap();
                }
                Err(_) => {
                    let mut g = self.gate.lock().unwrap_or_else(PoisonError::into_inner);
                    while self.state.load(Ordering::Acquire) == RUNNING {
                        g = self.wake.wait(g).unwrap_or_else(PoisonError::into_inner);
                    }
                }
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let this = std::mem::ManuallyDrop::new(self);
        if this.state.load(Ordering::Acquire) == READY {
            // SAFETY: initialised, and `this` will not drop it again.
            Some(unsafe { (*this.slot.get()).assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised exactly once, dropped exactly once here.
            unsafe { self.slot.get_mut().assume_init_drop() };
        }
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
