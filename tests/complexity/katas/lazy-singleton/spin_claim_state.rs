// learner: optimal
// idiom: spin-claim state machine: AtomicU8 EMPTY/CLAIMED/READY with compare_exchange, waiters yield_now in a loop (no Mutex in the cell), a reset-on-unwind guard struct, UnsafeCell<MaybeUninit<T>> with manual Drop
//! A hand-built thread-safe lazy singleton.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;
use std::thread;

const EMPTY: u8 = 0;
const CLAIMED: u8 = 1;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: the slot is written only by the thread that won the EMPTY -> CLAIMED exchange, and read
// only after READY was observed with Acquire (published with Release). Shared readers get &T.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

struct ResetOnUnwind<'a> {
    state: &'a AtomicU8,
    armed: bool,
}

impl Drop for ResetOnUnwind<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.state.store(EMPTY, Ordering::Release);
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { state: AtomicU8::new(EMPTY), slot: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY means the slot was initialised and is never written again.
            Some(unsafe { (*self.slot.get()).assume_init_ref() })
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut init = Some(init);
        loop {
            match self.state.compare_exchange(EMPTY, CLAIMED, Ordering::Acquire, Ordering::Acquire) {
                Ok(_) => {
                    let mut guard = ResetOnUnwind { state: &self.state, armed: true };
                    let f = init.take().expect("initialiser used once");
                    let value = f();
                    // SAFETY: we hold the claim, nobody else touches the slot.
                    unsafe { (*self.slot.get()).write(value) };
                    guard.armed = false;
                    self.state.store(READY, Ordering::Release);
                    break;
                }
                Err(READY) => break,
                Err(_) => thread::yield_now(),
            }
        }
        self.get().expect("ready")
    }

    pub fn into_inner(self) -> Option<T> {
        let this = std::mem::ManuallyDrop::new(self);
        if this.state.load(Ordering::Acquire) == READY {
            // SAFETY: initialised, and `this` is never dropped, so the value is moved out once.
            Some(unsafe { (*this.slot.get()).assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised and dropped exactly once here.
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
        let mut slot = match this.init.lock() {
            Ok(g) => g,
            Err(_) => panic!("Lazy instance has previously been poisoned"),
        };
        if let Some(v) = this.cell.get() {
            return v;
        }
        let f = slot.take().expect("Lazy instance has previously been poisoned");
        this.cell.get_or_init(f)
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}

