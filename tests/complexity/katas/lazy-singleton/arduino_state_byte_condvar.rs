// learner: optimal
// idiom: Arduino hobbyist: a state byte (EMPTY / BUSY / READY) flipped with compare_exchange like a volatile ISR flag; the thread that wins the flip runs init, the others sleep on a Condvar until the byte changes; a reset-on-drop guard puts the byte back to EMPTY if init blows up
// why:
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex};

const EMPTY: u8 = 0;
const BUSY: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    wait_lock: Mutex<()>,
    wake: Condvar,
    data: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: data is written by the single thread that moved state EMPTY -> BUSY and
// published with a Release store of READY; readers load READY with Acquire first.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

/// Puts the state back to EMPTY and wakes the waiters if init panics.
struct ResetOnPanic<'a, T> {
    cell: &'a OnceCell<T>,
    done: bool,
}

impl<T> Drop for ResetOnPanic<'_, T> {
    fn drop(&mut self) {
        if !self.done {
            self.cell.state.store(EMPTY, Ordering::Release);
            self.cell.ring();
        }
    }
}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            wait_lock: Mutex::new(()),
            wake: Condvar::new(),
            data: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    fn ring(&self) {
        let _g = self.wait_lock.lock().unwrap_or_else(|e| e.into_inner());
        self.wake.notify_all();
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY means data is initialised and never written again
            Some(unsafe { (*self.data.get()).assume_init_ref() })
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        loop {
            match self.state.compare_exchange(EMPTY, BUSY, Ordering::Acquire, Ordering::Acquire) {
                Ok(_) => {
                    let mut guard = ResetOnPanic { cell: self, done: false };
                    let value = init();
                    // SAFETY: we own the BUSY state, nobody else touches data
                    unsafe { (*self.data.get()).write(value) };
                    self.state.store(READY, Ordering::Release);
                    guard.done = true;
                    self.ring();
                    return self.get().unwrap();
                }
                Err(READY) => return self.get().unwrap(),
                Err(_) => {
                    // someone else is busy: sleep until the state byte changes
                    let mut g = self.wait_lock.lock().unwrap_or_else(|e| e.into_inner());
                    while self.state.load(Ordering::Acquire) == BUSY {
                        g = self.wake.wait(g).unwrap_or_else(|e| e.into_inner());
                    }
                }
            }
        }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        let me = std::mem::ManuallyDrop::new(self);
        if me.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY means initialised; ManuallyDrop stops our Drop from dropping it again
            Some(unsafe { (*me.data.get()).assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised, and we are the last owner
            unsafe { self.data.get_mut().assume_init_drop() };
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
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let mut slot = this.init.lock().unwrap_or_else(|e| e.into_inner());
            let f = slot.take();
            drop(slot);
            if let Some(f) = f {
                f()
            } else {
                panic!("Lazy: the initialiser panicked before, value is poisoned");
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
