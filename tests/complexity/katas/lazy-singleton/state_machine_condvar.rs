// learner: optimal
// idiom: AtomicU8 state machine (EMPTY/BUSY/READY) claimed with compare_exchange, Condvar for waiters, a drop guard resets the state if init panics
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const BUSY: u8 = 1;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    waiters: Mutex<()>,
    wake: Condvar,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: only the thread that moved the state EMPTY -> BUSY writes `slot`,
// and it publishes with a Release store of READY; readers check READY with Acquire.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

struct ResetOnPanic<'a, T> {
    cell: &'a OnceCell<T>,
    armed: bool,
}

impl<T> Drop for ResetOnPanic<'_, T> {
    fn drop(&mut self) {
        if self.armed {
            let _g = self.cell.waiters.lock().unwrap_or_else(PoisonError::into_inner);
            self.cell.state.store(EMPTY, Ordering::Release);
            self.cell.wake.notify_all();
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            waiters: Mutex::new(()),
            wake: Condvar::new(),
            slot: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        match self.state.load(Ordering::Acquire) {
            READY => unsafe { (*self.slot.get()).as_ref() },
            _ => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut init = Some(init);
        loop {
            match self.state.compare_exchange(EMPTY, BUSY, Ordering::Acquire, Ordering::Acquire) {
                Ok(_) => {
                    let mut guard = ResetOnPanic { cell: self, armed: true };
                    let value = (init.take().unwrap())();
                    unsafe { *self.slot.get() = Some(value) };
                    guard.armed = false;
                    let g = self.waiters.lock().unwrap_or_else(PoisonError::into_inner);
                    self.state.store(READY, Ordering::Release);
                    self.wake.notify_all();
                    drop(g);
                    return self.get().unwrap();
                }
                Err(READY) => return self.get().unwrap(),
                Err(_) => {
                    let mut g = self.waiters.lock().unwrap_or_else(PoisonError::into_inner);
                    while self.state.load(Ordering::Acquire) == BUSY {
                        g = self.wake.wait(g).unwrap_or_else(PoisonError::into_inner);
                    }
                }
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
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
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
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

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}
