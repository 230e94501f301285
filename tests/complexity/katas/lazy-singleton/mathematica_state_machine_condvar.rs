// learner: optimal
// idiom: Mathematica / Wolfram Language user: a three-state atomic (Empty/Running/Ready) like a Which[] table, Condvar for waiters, init runs outside the lock
// why: readers do a single Acquire load of the state; only the first callers touch the mutex/condvar; MaybeUninit slot, O(1) space

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    lock: Mutex<()>,
    wake: Condvar,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: only the thread that moved `state` from EMPTY to RUNNING (under
// `lock`) writes `slot`, and it publishes with a Release store of READY.
// Readers touch `slot` only after an Acquire load that saw READY, and from
// then on the slot is never written again: shared reads only.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            lock: Mutex::new(()),
            wake: Condvar::new(),
            slot: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks (a RUNNING cell simply answers None).
    pub fn get(&self) -> Option<&T> {
        (self.state.load(Ordering::Acquire) == READY)
            // SAFETY: READY was stored with Release after the slot was written.
            .then(|| unsafe { (*self.slot.get()).assume_init_ref() })
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.get().unwrap_or_else(|| self.initialise(init))
    }

    fn initialise<F: FnOnce() -> T>(&self, init: F) -> &T {
        // If `init` unwinds, this puts the cell back to EMPTY and wakes the
        // waiters so that one of them runs its own initialiser.
        struct Rollback<'a> {
            state: &'a AtomicU8,
            lock: &'a Mutex<()>,
            wake: &'a Condvar,
            armed: bool,
        }
        impl Drop for Rollback<'_> {
            fn drop(&mut self) {
                if self.armed {
                    let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
                    self.state.store(EMPTY, Ordering::Release);
                    self.wake.notify_all();
                }
            }
        }

        let mut guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            match self.state.load(Ordering::Acquire) {
                // SAFETY: as in `get`.
                READY => return unsafe { (*self.slot.get()).assume_init_ref() },
                RUNNING => guard = self.wake.wait(guard).unwrap_or_else(PoisonError::into_inner),
                _ => break,
            }
        }
        self.state.store(RUNNING, Ordering::Relaxed);
        drop(guard); // run `init` without the lock: `get` never waits anyway

        let mut rollback = Rollback { state: &self.state, lock: &self.lock, wake: &self.wake, armed: true };
        let made = init();
        // SAFETY: we are the only thread in RUNNING; nobody reads the slot.
        let stored: &T = unsafe { (*self.slot.get()).write(made) };
        rollback.armed = false;

        let _g = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        self.state.store(READY, Ordering::Release);
        self.wake.notify_all();
        stored
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(mut self) -> Option<T> {
        match std::mem::replace(self.state.get_mut(), EMPTY) {
            // SAFETY: READY means initialised; the state is now EMPTY, so Drop will not drop it again.
            READY => Some(unsafe { self.slot.get_mut().assume_init_read() }),
            _ => None,
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised, and dropped exactly once here.
            unsafe { self.slot.get_mut().assume_init_drop() }
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
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        let run = || match this.init.lock().unwrap_or_else(PoisonError::into_inner).take() {
            Some(f) => f(),
            None => panic!("Lazy: the initialiser panicked earlier, the value is poisoned"),
        };
        this.cell.get_or_init(run)
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
